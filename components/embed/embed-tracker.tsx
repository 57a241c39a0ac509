import type { EmbedPath, EmbedStep } from "@/lib/embed/queries";

// The board's colours (components/compact-tracker.tsx): done in ink, where it stands in link blue.
const segment: Record<EmbedStep["state"], string> = {
  done: "bg-ink",
  current: "bg-link",
  todo: "bg-panel border border-rule",
};

const stateWords: Record<EmbedStep["state"], string> = { done: "done", current: "where it stands", todo: "not yet" };

/** Each path as a bar of its steps; each step is also spelled out for screen readers. */
export function EmbedTracker({ paths }: { paths: readonly EmbedPath[] }) {
  return (
    <div className="mt-3 space-y-1">
      {paths.map((path) => {
        const reached = path.steps.filter((step) => step.state !== "todo").length;
        return (
          <div key={path.label} className="grid grid-cols-[6.5rem_minmax(0,1fr)] items-center gap-2">
            <p className="truncate text-xs text-muted" aria-hidden="true">
              {path.label}
            </p>
            <ol className="flex gap-0.5" aria-label={`${path.label}: step ${reached} of ${path.steps.length}`}>
              {path.steps.map((step, index) => (
                <li key={index} className={`h-2 flex-1 ${segment[step.state]}`}>
                  <span className="sr-only">
                    {step.label}: {stateWords[step.state]}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}

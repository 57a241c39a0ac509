import type { EmbedStep } from "@/lib/embed/queries";

const segment: Record<EmbedStep["state"], string> = {
  done: "bg-link",
  current: "bg-ink",
  todo: "bg-panel border border-rule",
};

const stateWords: Record<EmbedStep["state"], string> = { done: "done", current: "current stage", todo: "not yet" };

/** The bill's progress as a bar of steps; each step is also spelled out for screen readers. */
export function EmbedTracker({ steps, jurisdiction }: { steps: readonly EmbedStep[]; jurisdiction: "us" | "uk" }) {
  const reached = steps.filter((step) => step.state !== "todo").length;
  return (
    <div className="mt-3">
      <p className="text-xs text-muted" aria-hidden="true">
        Step {reached} of {steps.length}
      </p>
      <ol className="mt-1 flex gap-0.5" aria-label={`Progress: step ${reached} of ${steps.length}`}>
        {steps.map((step, index) => (
          <li key={index} className={`h-2 flex-1 ${segment[step.state]}`}>
            <span className="sr-only">
              {step.label}
              {jurisdiction === "uk" && step.house ? ` (${step.house} House)` : ""}: {stateWords[step.state]}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

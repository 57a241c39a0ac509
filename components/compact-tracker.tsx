import { stepsReached, type Tracker, type TrackerStep } from "@/lib/legislation/tracker";

// The board's small tracker: one segment per step. It is drawn for sighted readers only; the
// sentence under it says the same in words, and the stage tag names the stage.

const segmentStyles: Record<TrackerStep["status"], string> = {
  done: "bg-ink",
  current: "bg-link ring-2 ring-link ring-offset-2 ring-offset-surface",
  upcoming: "border border-muted",
  not_reached: "border border-dashed border-muted",
};

export function CompactTracker({ tracker }: { tracker: Tracker }) {
  const reached = stepsReached(tracker);
  const { ending } = tracker;
  return (
    <div className="mt-3">
      <div aria-hidden="true" className="flex max-w-md items-center gap-1">
        {ending && ending.afterStep === -1 ? <span className="h-3 w-3 shrink-0 bg-failed-fg" /> : null}
        {tracker.steps.map((step, index) => (
          <span key={step.code} className="contents">
            <span className={`h-3 flex-1 ${segmentStyles[step.status]} ${step.house === "second" && tracker.steps[index - 1]?.house === "first" ? "ml-1.5" : ""}`} />
            {ending && ending.afterStep === index ? <span className="h-3 w-3 shrink-0 rotate-45 bg-failed-fg" /> : null}
          </span>
        ))}
      </div>
      <p className="mt-1 text-sm text-muted">
        {reached} of {tracker.steps.length} stages reached{ending ? `, then ended: ${ending.label.toLowerCase()}` : ""}
      </p>
    </div>
  );
}

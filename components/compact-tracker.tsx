import type { BillStatus, Slot } from "@/lib/legislation/process/status";

// The board's small tracker: a bar per path, one segment per step. It is drawn for sighted
// readers only; the status sentence beside it says the same in words.

const segmentStyles: Record<Slot["status"], string> = {
  done: "bg-ink",
  current: "bg-link ring-2 ring-link ring-offset-2 ring-offset-surface",
  upcoming: "border border-muted",
  not_reached: "border border-dashed border-muted",
};

export function CompactTracker({ status }: { status: BillStatus }) {
  return (
    <div aria-hidden="true" className="mt-3 grid max-w-lg grid-cols-[minmax(0,11rem)_minmax(0,1fr)] items-center gap-x-3 gap-y-1.5">
      {status.paths.map((path) => (
        <div key={path.code} className="contents">
          <span className="truncate text-sm text-muted">{path.label}</span>
          <span className="flex items-center gap-1">
            {path.slots.map((slot) => (
              <span
                key={slot.code}
                className={`h-3 flex-1 ${slot.status === "current" && path.complete ? segmentStyles.done : segmentStyles[slot.status]}`}
              />
            ))}
          </span>
        </div>
      ))}
    </div>
  );
}

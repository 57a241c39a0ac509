import type { ReactNode } from "react";

import { chamberName } from "@/lib/legislation/chambers";
import type { Tracker, TrackerEnding, TrackerStep } from "@/lib/legislation/tracker";

import { Day } from "./day";

// The bill page's large progress tracker: an ordered list of the catalogue's steps, the current
// one marked with aria-current="step". Each step says its state in words ("Done", "Current
// stage", "Not reached"); the markers' shapes repeat it for sighted readers, so colour is never
// the only cue.

const markerStyles = {
  done: "bg-ink text-surface",
  current: "border-4 border-link bg-surface",
  enacted: "bg-enacted-fg text-surface ring-4 ring-enacted-bg",
  upcoming: "border-2 border-rule bg-surface",
  not_reached: "border-2 border-dashed border-rule bg-surface",
  ending: "bg-failed-fg text-surface ring-4 ring-failed-bg",
} as const;

function Marker({ kind }: { kind: keyof typeof markerStyles }) {
  const symbol = kind === "done" || kind === "enacted" ? "✓" : kind === "ending" ? "✕" : null;
  return (
    <span
      aria-hidden="true"
      className={`absolute left-0 top-0 flex h-7 w-7 items-center justify-center rounded-full text-sm font-bold ${markerStyles[kind]}`}
    >
      {symbol}
      {kind === "current" ? <span className="h-2.5 w-2.5 rounded-full bg-link" /> : null}
    </span>
  );
}

function When({ on, chamber }: { on: string | null; chamber: string | null }) {
  return (
    <>
      {on ? <Day value={on} /> : "date not recorded"}
      {chamber ? <> · {chamberName(chamber)}</> : null}
    </>
  );
}

function StepItem({ step, showChamber }: { step: TrackerStep; showChamber: boolean }) {
  const chamber = showChamber ? step.chamber : null;
  const kind = step.status === "current" && step.enacting ? "enacted" : step.status;
  const line = step.status === "done" || step.status === "current" ? "before:bg-ink" : "before:bg-rule";
  let state: ReactNode;
  if (step.status === "done" || kind === "enacted") {
    state = (
      <>
        Done · <When on={step.reachedOn} chamber={chamber} />
      </>
    );
  } else if (step.status === "current") {
    state = (
      <>
        Current stage · reached <When on={step.reachedOn} chamber={chamber} />
      </>
    );
  } else {
    state = step.status === "upcoming" ? "Not yet" : "Not reached";
  }
  return (
    <li
      aria-current={step.status === "current" ? "step" : undefined}
      className={`relative min-h-12 pb-4 pl-11 before:absolute before:left-[13px] before:top-7 before:bottom-0 before:w-0.5 last:before:hidden ${line}`}
    >
      <Marker kind={kind} />
      <p className={step.status === "current" ? "font-bold text-lg leading-7" : "font-bold leading-7"}>{step.label}</p>
      <p className={`text-sm ${step.status === "upcoming" || step.status === "not_reached" ? "text-muted" : ""}`}>{state}</p>
    </li>
  );
}

function EndingItem({ ending }: { ending: TrackerEnding }) {
  return (
    <li aria-current="step" className="relative min-h-12 pb-4 pl-11 before:absolute before:left-[13px] before:top-7 before:bottom-0 before:w-0.5 before:bg-rule last:before:hidden">
      <Marker kind="ending" />
      <p className="text-lg font-bold leading-7">Ended: {ending.label}</p>
      <p className="text-sm">
        Did not become law · <When on={ending.occurredOn} chamber={ending.chamber} />
      </p>
    </li>
  );
}

function Steps({ tracker, from, to }: { tracker: Tracker; from: number; to: number }) {
  const { ending } = tracker;
  return (
    <ol className="mt-3">
      {ending && ending.afterStep === -1 && from === 0 ? <EndingItem ending={ending} /> : null}
      {tracker.steps.slice(from, to).map((step, offset) => (
        <StepAndEnding key={step.code} tracker={tracker} step={step} index={from + offset} />
      ))}
    </ol>
  );
}

function StepAndEnding({ tracker, step, index }: { tracker: Tracker; step: TrackerStep; index: number }) {
  return (
    <>
      {/* UK steps sit under their House's heading, so the chamber would only repeat it. */}
      <StepItem step={step} showChamber={tracker.jurisdiction !== "uk"} />
      {tracker.ending && tracker.ending.afterStep === index ? <EndingItem ending={tracker.ending} /> : null}
    </>
  );
}

/** The large tracker; UK bills are grouped by House, with ping-pong and Royal Assent last. */
export function ProgressTracker({ tracker }: { tracker: Tracker }) {
  if (tracker.jurisdiction !== "uk") return <Steps tracker={tracker} from={0} to={tracker.steps.length} />;

  const firstEnd = tracker.steps.findIndex((step) => step.house !== "first");
  const secondEnd = tracker.steps.findIndex((step) => step.house === null);
  const groups = [
    { title: tracker.houses.first ? chamberName(tracker.houses.first) : "First House", role: "First House", from: 0, to: firstEnd },
    { title: tracker.houses.second ? chamberName(tracker.houses.second) : "Second House", role: "Second House", from: firstEnd, to: secondEnd },
    { title: "Final stages", role: null, from: secondEnd, to: tracker.steps.length },
  ];
  return (
    <ol className="mt-2 grid gap-x-8 gap-y-2 lg:grid-cols-3">
      {groups.map((group) => (
        <li key={group.title}>
          <h3 className="border-b-2 border-rule pb-1 text-lg font-bold">
            {group.title}
            {group.role && group.title !== group.role ? (
              <span className="block text-sm font-normal text-muted">{group.role}</span>
            ) : null}
          </h3>
          <Steps tracker={tracker} from={group.from} to={group.to} />
        </li>
      ))}
    </ol>
  );
}

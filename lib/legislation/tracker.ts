import { catalogues, findStage, type JurisdictionCode } from "./stages";

// The progress tracker's model: every step of the jurisdiction's catalogue with what is known
// about it, drawn by the bill page (large) and the board (compact). Pure, so both agree and the
// rules are tested without a database.

/** An effective (neither retracted nor superseded) status event, as the tracker needs it. */
export interface TrackerEvent {
  stage: string;
  occurredOn: string;
  chamber: string | null;
}

/**
 * done: reached before the current step. current: where the bill is now (for a bill that became
 * law, the enacting step, which is also done). upcoming: still ahead. not_reached: left behind
 * by an ending (veto, lapse).
 */
export type StepStatus = "done" | "current" | "upcoming" | "not_reached";

export interface TrackerStep {
  code: string;
  label: string;
  house: "first" | "second" | null;
  status: StepStatus;
  /** The enacting step (Became law, Royal Assent). */
  enacting: boolean;
  /** Earliest recorded date of the step; null when it was reached without a dated event. */
  reachedOn: string | null;
  chamber: string | null;
}

export interface TrackerEnding {
  code: string;
  label: string;
  occurredOn: string | null;
  chamber: string | null;
  /** Index in `steps` after which the ending is drawn (-1: before the first step). */
  afterStep: number;
}

export interface Tracker {
  jurisdiction: JurisdictionCode;
  steps: TrackerStep[];
  ending: TrackerEnding | null;
  /** The stage the bill is at: a step's code, an ending's code, or null with no history. */
  currentCode: string | null;
  /** Which chamber was each House, for UK bills (a bill may start in the Lords). */
  houses: { first: string | null; second: string | null };
}

function earliestByStage(events: readonly TrackerEvent[]): Map<string, TrackerEvent> {
  const earliest = new Map<string, TrackerEvent>();
  for (const event of events) {
    const known = earliest.get(event.stage);
    if (!known || event.occurredOn < known.occurredOn) earliest.set(event.stage, event);
  }
  return earliest;
}

const otherHouse: Record<string, string> = { commons: "lords", lords: "commons" };

function housesOf(jurisdiction: JurisdictionCode, events: readonly TrackerEvent[]): Tracker["houses"] {
  if (jurisdiction !== "uk") return { first: null, second: null };
  const chamberIn = (house: "first" | "second") =>
    [...events]
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
      .find((event) => findStage("uk", event.stage)?.house === house && event.chamber && otherHouse[event.chamber])
      ?.chamber ?? null;
  const first = chamberIn("first");
  const second = chamberIn("second");
  return {
    first: first ?? (second ? (otherHouse[second] ?? null) : null),
    second: second ?? (first ? (otherHouse[first] ?? null) : null),
  };
}

/**
 * The tracker for a bill, from its effective events and its current stage (see
 * current-stage.ts). Steps before the furthest one reached count as done even without an event
 * of their own (the history may start late), and show "date not recorded". An ending that did
 * not pass is drawn after the last step reached, and the steps after it were not reached.
 */
export function buildTracker(
  jurisdiction: JurisdictionCode,
  events: readonly TrackerEvent[],
  currentCode: string | null,
): Tracker {
  const catalogue = catalogues[jurisdiction];
  const earliest = earliestByStage(events);
  const current = currentCode ? findStage(jurisdiction, currentCode) : null;
  const endingStage = current && current.outcome === "failed" ? current : null;

  const furthestReached = catalogue.steps.reduce(
    (furthest, step) => (earliest.has(step.code) ? Math.max(furthest, step.rank) : furthest),
    0,
  );
  // An ending shares the rank of the step it ended at, so the steps before that were passed.
  const doneThrough = endingStage ? Math.max(furthestReached, endingStage.rank - 1) : (current?.rank ?? 0);

  const steps = catalogue.steps.map((step): TrackerStep => {
    const event = earliest.get(step.code);
    let status: StepStatus;
    if (endingStage) status = step.rank <= doneThrough ? "done" : "not_reached";
    else if (current && step.rank === current.rank) status = "current";
    else status = step.rank < doneThrough ? "done" : "upcoming";
    return {
      code: step.code,
      label: step.label,
      house: step.house ?? null,
      status,
      enacting: step.outcome === "enacted",
      reachedOn: status === "done" || status === "current" ? (event?.occurredOn ?? null) : null,
      chamber: status === "done" || status === "current" ? (event?.chamber ?? null) : null,
    };
  });

  let ending: TrackerEnding | null = null;
  if (endingStage) {
    const event = earliest.get(endingStage.code);
    ending = {
      code: endingStage.code,
      label: endingStage.label,
      occurredOn: event?.occurredOn ?? null,
      chamber: event?.chamber ?? null,
      afterStep: steps.reduce((last, step, index) => (step.status === "done" ? index : last), -1),
    };
  }

  return { jurisdiction, steps, ending, currentCode: current?.code ?? null, houses: housesOf(jurisdiction, events) };
}

/** How many steps the bill has reached, for "4 of 7 stages" on the board. */
export function stepsReached(tracker: Tracker): number {
  return tracker.steps.filter((step) => step.status === "done" || step.status === "current").length;
}

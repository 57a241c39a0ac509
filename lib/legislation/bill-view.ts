import { currentStage, effectiveEvents } from "./current-stage";
import { describeChanges, type EventChange } from "./event-changes";
import type { BillDetail, HistoryEventData, KeyDateData } from "./queries/bill-detail";
import { outcomeGroup, stageLabel, type OutcomeGroup } from "./stages";
import { buildTracker, type Tracker } from "./tracker";

// A bill as the page shows it on a given day: today, or an earlier `asOf` day for a citable
// "as it stood" link. Computed from the cached detail, so any day costs no query. The record is
// the one we hold today: a later correction of an earlier event applies to earlier days too.

export interface HistoryEntry extends HistoryEventData {
  stageLabel: string;
  status: "effective" | "superseded" | "retracted";
  /** The event that corrects this one, if any. */
  correctedBy: { id: string; recordedAt: string } | null;
  /** For a correction: the event it corrects and what changed. */
  correction: { of: { id: string; occurredOn: string }; changes: EventChange[] } | null;
}

export interface BillView {
  asOf: string | null;
  stage: { code: string; label: string; outcome: OutcomeGroup } | null;
  lastEventOn: string | null;
  tracker: Tracker;
  /** Oldest first. */
  history: HistoryEntry[];
  upcomingKeyDates: KeyDateData[];
  pastKeyDates: KeyDateData[];
}

/** A "YYYY-MM-DD" day as the Date the stage rules compare (UTC midnight, as parseDay makes). */
function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The bill as it stood at the end of `asOf` (or today, the day the view is drawn, without it). */
export function viewBill(detail: BillDetail, { asOf, today }: { asOf?: string; today: string }): BillView {
  const day = asOf ?? today;
  const byId = new Map(detail.events.map((event) => [event.id, event]));
  const correctionOf = new Map(
    detail.events.flatMap((event) => (event.correctsId ? [[event.correctsId, event] as const] : [])),
  );
  const inView = detail.events.filter((event) => !asOf || event.occurredOn <= asOf);

  const stageEvents = inView.map((event) => ({
    id: event.id,
    stage: event.stage,
    occurredOn: dayDate(event.occurredOn),
    createdAt: new Date(event.recordedAt),
    retractedAt: event.retractedAt ? new Date(event.retractedAt) : null,
    superseded: correctionOf.has(event.id),
    source: event,
  }));
  const current = currentStage(detail.jurisdiction, stageEvents);
  const effective = effectiveEvents(stageEvents).map((event) => event.source);

  const history = inView.map((event): HistoryEntry => {
    const correctedBy = correctionOf.get(event.id);
    const corrected = event.correctsId ? byId.get(event.correctsId) : undefined;
    return {
      ...event,
      stageLabel: stageLabel(detail.jurisdiction, event.stage),
      status: event.retractedAt ? "retracted" : correctedBy ? "superseded" : "effective",
      correctedBy: correctedBy ? { id: correctedBy.id, recordedAt: correctedBy.recordedAt } : null,
      correction: corrected
        ? { of: { id: corrected.id, occurredOn: corrected.occurredOn }, changes: describeChanges(detail.jurisdiction, corrected, event) }
        : null,
    };
  });

  return {
    asOf: asOf ?? null,
    stage: current
      ? { code: current.stage.code, label: current.stage.label, outcome: outcomeGroup(detail.jurisdiction, current.stage.code) }
      : null,
    lastEventOn: effective.reduce<string | null>((latest, event) => (!latest || event.occurredOn > latest ? event.occurredOn : latest), null),
    tracker: buildTracker(
      detail.jurisdiction,
      effective.map((event) => ({ stage: event.stage, occurredOn: event.occurredOn, chamber: event.chamber })),
      current?.stage.code ?? null,
    ),
    history,
    upcomingKeyDates: detail.keyDates.filter((keyDate) => keyDate.date >= day),
    pastKeyDates: detail.keyDates.filter((keyDate) => keyDate.date < day).reverse(),
  };
}

import { effectiveEvents } from "./effective";
import { describeChanges, type EventChange } from "./event-changes";
import { toModelEvent } from "./model-events";
import { eventTitle, modelOf } from "./process";
import { deriveStatus, type BillStatus } from "./process/status";
import type { BillDetail, HistoryEventData, KeyDateData } from "./queries/bill-detail";
import { termConcerns, termKeyDate } from "./term-key-date";

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
  /** Where the bill stands, path by path, with its phase, sentence and usual next steps. */
  status: BillStatus;
  lastEventOn: string | null;
  /** Oldest first. */
  history: HistoryEntry[];
  upcomingKeyDates: KeyDateData[];
  pastKeyDates: KeyDateData[];
}

/**
 * The bill as it stood at the end of `asOf` (or now, without it). `publicSlugs`, when given, are
 * the bills public now: a related bill unpublished since the detail was cached is not linked.
 */
export function viewBill(
  detail: BillDetail,
  { asOf, today, now = new Date(), publicSlugs }: { asOf?: string; today: string; now?: Date; publicSlugs?: ReadonlySet<string> },
): BillView {
  const day = asOf ?? today;
  const byId = new Map(detail.events.map((event) => [event.id, event]));
  const correctionOf = new Map(
    detail.events.flatMap((event) => (event.correctsId ? [[event.correctsId, event] as const] : [])),
  );
  const inView = detail.events.filter((event) => !asOf || event.occurredOn <= asOf);
  const effective = effectiveEvents(inView.map((event) => ({ ...event, superseded: correctionOf.has(event.id) })));
  const status = deriveStatus(modelOf(detail.jurisdiction), effective.map(toModelEvent), detail, asOf ? { now, asOf } : { now });

  const history = inView.map((event): HistoryEntry => {
    const correctedBy = correctionOf.get(event.id);
    const corrected = event.correctsId ? byId.get(event.correctsId) : undefined;
    return {
      ...event,
      relatedBill: event.relatedBill && (!publicSlugs || publicSlugs.has(event.relatedBill.slug)) ? event.relatedBill : null,
      stageLabel: eventTitle(detail.jurisdiction, event, detail.region),
      status: event.retractedAt ? "retracted" : correctedBy ? "superseded" : "effective",
      correctedBy: correctedBy ? { id: correctedBy.id, recordedAt: correctedBy.recordedAt } : null,
      correction: corrected
        ? { of: { id: corrected.id, occurredOn: corrected.occurredOn }, changes: describeChanges(detail.jurisdiction, corrected, event, detail.region) }
        : null,
    };
  });

  const term = termConcerns(status) ? termKeyDate(detail) : null;
  const keyDates = [...detail.keyDates, ...(term ? [term] : [])].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));

  return {
    asOf: asOf ?? null,
    status,
    lastEventOn: effective.reduce<string | null>((latest, event) => (!latest || event.occurredOn > latest ? event.occurredOn : latest), null),
    history,
    upcomingKeyDates: keyDates.filter((keyDate) => keyDate.date >= day),
    pastKeyDates: keyDates.filter((keyDate) => keyDate.date < day).reverse(),
  };
}

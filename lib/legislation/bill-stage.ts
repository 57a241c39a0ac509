import { currentStage, effectiveEvents } from "./current-stage";
import type { JurisdictionCode } from "./stages";

export interface StoredEvent {
  id: string;
  stage: string;
  occurredOn: Date;
  createdAt: Date;
  retractedAt: Date | null;
  correctsId: string | null;
}

/**
 * The denormalised stage fields of a bill (Bill.currentStage, Bill.lastEventOn), derived from
 * all of its stored events. Commands call this inside their transaction after every change to
 * the history, so the board can read them without touching the events.
 */
export function deriveBillStage(
  jurisdiction: JurisdictionCode,
  events: readonly StoredEvent[],
): { currentStage: string | null; lastEventOn: Date | null } {
  const corrected = new Set(events.flatMap((event) => (event.correctsId ? [event.correctsId] : [])));
  const withSuperseded = events.map((event) => ({ ...event, superseded: corrected.has(event.id) }));
  const current = currentStage(jurisdiction, withSuperseded);
  const effective = effectiveEvents(withSuperseded);
  const lastEventOn = effective.reduce<Date | null>(
    (latest, event) => (!latest || event.occurredOn > latest ? event.occurredOn : latest),
    null,
  );
  return { currentStage: current?.stage.code ?? null, lastEventOn };
}

import { effectiveOf } from "./effective";
import { toModelEvent, type EventFacts } from "./model-events";
import { modelOf } from "./process";
import { deriveStatus, type BillContext } from "./process/status";

export interface StoredEvent extends EventFacts {
  occurredOn: Date;
  createdAt: Date;
  retractedAt: Date | null;
  correctsId: string | null;
}

export interface StoredBill extends BillContext {
  jurisdiction: string;
}

/**
 * The denormalised status fields of a bill (Bill.currentStage, currentPath, phase, lastEventOn),
 * derived from all of its stored events. Commands call this inside their transaction after every
 * change to the history, so lists and filters can read them without touching the events. The
 * phase is as recorded: the end of a term, which needs no event, is applied when reading.
 */
export function deriveBillStage(
  bill: StoredBill,
  events: readonly StoredEvent[],
): { currentStage: string | null; currentPath: string | null; phase: string; lastEventOn: Date | null } {
  const effective = effectiveOf(events);
  const status = deriveStatus(modelOf(bill.jurisdiction), effective.map(toModelEvent), bill, null);
  const lastEventOn = effective.reduce<Date | null>(
    (latest, event) => (!latest || event.occurredOn > latest ? event.occurredOn : latest),
    null,
  );
  return {
    currentStage: status.headline?.stage ?? null,
    currentPath: status.headline?.path ?? null,
    phase: status.phase,
    lastEventOn,
  };
}

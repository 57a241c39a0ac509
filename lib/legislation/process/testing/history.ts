import { modelOf } from "../index";
import { deriveStatus, type BillContext, type BillStatus, type ModelEvent } from "../status";

// Histories for the process models' tests: events in the order given, recorded a second apart.

export function history() {
  let sequence = 0;
  const events: ModelEvent[] = [];
  const builder = {
    add(path: string, stage: string, occurredOn: string, extra: Partial<ModelEvent> = {}) {
      sequence += 1;
      events.push({
        id: `e${String(sequence).padStart(3, "0")}`,
        path,
        stage,
        occurredOn,
        recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString(),
        chamber: null,
        billNumber: null,
        attemptFailed: false,
        body: null,
        ...extra,
      });
      return builder;
    },
    events,
    status(jurisdiction: string, context: Partial<BillContext> = {}, now = new Date("2026-12-02T12:00:00Z")): BillStatus {
      return deriveStatus(modelOf(jurisdiction), events, { numbers: [], region: null, session: "", ...context }, { now });
    },
  };
  return builder;
}

/** A path's slots as "label:status" strings, for compact assertions. */
export function slotsOf(status: BillStatus, path: string): string[] {
  return (status.paths.find((candidate) => candidate.code === path)?.slots ?? []).map((slot) => `${slot.label}:${slot.status}`);
}

import { findStage, type JurisdictionCode, type Stage } from "./stages";

export interface StageEvent {
  id: string;
  stage: string;
  occurredOn: Date;
  createdAt: Date;
  retractedAt: Date | null;
  /** Whether a later correction supersedes this event. */
  superseded: boolean;
}

/** Events that still count: neither retracted nor superseded by a correction. */
export function effectiveEvents<T extends StageEvent>(events: readonly T[]): T[] {
  return events.filter((event) => !event.retractedAt && !event.superseded);
}

function compareEvents(a: StageEvent & { rank: number }, b: StageEvent & { rank: number }): number {
  return (
    a.occurredOn.getTime() - b.occurredOn.getTime() ||
    a.rank - b.rank ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The stage a bill is at, from its effective events: the furthest step reached, unless an
 * outcome (law, veto, lapse) was recorded, in which case the latest outcome. Furthest rather
 * than latest, because events of a companion bill in the other chamber (a House committee
 * reporting after the Senate passed the bill) must not move the bill backwards. Ties are broken
 * by date, then recording time, then id, so the answer never depends on query order.
 */
export function currentStage(
  jurisdiction: JurisdictionCode,
  events: readonly StageEvent[],
): { stage: Stage; event: StageEvent } | null {
  const ranked = effectiveEvents(events).flatMap((event) => {
    const stage = findStage(jurisdiction, event.stage);
    return stage ? [{ ...event, rank: stage.rank, stage: stage.code, definition: stage }] : [];
  });
  if (ranked.length === 0) return null;

  const outcomes = ranked.filter((event) => event.definition.outcome);
  const pool = outcomes.length > 0 ? outcomes : ranked;
  const best = pool.reduce((winner, event) => {
    if (outcomes.length > 0) return compareEvents(event, winner) > 0 ? event : winner;
    return event.rank > winner.rank || (event.rank === winner.rank && compareEvents(event, winner) > 0)
      ? event
      : winner;
  });
  const original = events.find((event) => event.id === best.id);
  // `best` was built from an element of `events`, so the lookup always succeeds.
  return { stage: best.definition, event: original! };
}

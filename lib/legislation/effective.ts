// Which events of a history still count: neither retracted nor superseded by a correction.
// The status, the tracker and every list that shows "where the bill stands" use this one rule.

/** Whether each event has been superseded by a correction among `events`. */
export function withSuperseded<T extends { id: string; correctsId: string | null }>(
  events: readonly T[],
): (T & { superseded: boolean })[] {
  const corrected = new Set(events.flatMap((event) => (event.correctsId ? [event.correctsId] : [])));
  return events.map((event) => ({ ...event, superseded: corrected.has(event.id) }));
}

/** Events that still count: neither retracted nor superseded by a correction. */
export function effectiveEvents<T extends { retractedAt: unknown; superseded: boolean }>(events: readonly T[]): T[] {
  return events.filter((event) => !event.retractedAt && !event.superseded);
}

/** The events of one history that still count, from stored rows. */
export function effectiveOf<T extends { id: string; correctsId: string | null; retractedAt: unknown }>(events: readonly T[]): T[] {
  return effectiveEvents(withSuperseded(events));
}

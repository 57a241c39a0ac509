import "server-only";

import { effectiveEvents, withSuperseded } from "../effective";

// Status events as the queries read them, and the rule for which of them still count.

export interface EventRow {
  id: string;
  path: string;
  stage: string;
  occurredOn: Date;
  createdAt: Date;
  chamber: string | null;
  billNumber: string | null;
  attemptFailed: boolean;
  body: string | null;
  description: string;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
  retractedAt: Date | null;
  correctsId: string | null;
}

/** The events of one bill that still count: neither retracted nor corrected since. */
export function effectiveStageEvents<T extends EventRow>(events: readonly T[]): (T & { superseded: boolean })[] {
  return effectiveEvents(withSuperseded(events));
}

/** Rows grouped by a key (Map.groupBy needs Node 21). */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

import { toDay } from "./dates";
import type { ModelEvent } from "./process/status";

// Status events as the process model reads them, from database rows (dates as Date) or from
// cached page data (dates as "YYYY-MM-DD" strings).

export interface EventFacts {
  id: string;
  path: string;
  stage: string;
  occurredOn: Date | string;
  chamber: string | null;
  billNumber: string | null;
  attemptFailed: boolean;
  body: string | null;
}

/** The columns a status needs, for Prisma's `select`. */
export const modelEventSelect = {
  id: true,
  path: true,
  stage: true,
  occurredOn: true,
  createdAt: true,
  chamber: true,
  billNumber: true,
  attemptFailed: true,
  body: true,
  retractedAt: true,
  correctsId: true,
} as const;

/** What an event says happened: every column a reader sees, for Prisma's `select`. */
export const eventFactsSelect = {
  path: true,
  stage: true,
  occurredOn: true,
  chamber: true,
  billNumber: true,
  attemptFailed: true,
  body: true,
  subject: true,
  provisions: true,
  description: true,
  vote: true,
  sourceUrl: true,
  sourceKind: true,
} as const;

export function toModelEvent(event: EventFacts & ({ createdAt: Date } | { recordedAt: string })): ModelEvent {
  return {
    id: event.id,
    path: event.path,
    stage: event.stage,
    occurredOn: typeof event.occurredOn === "string" ? event.occurredOn : toDay(event.occurredOn),
    recordedAt: "recordedAt" in event ? event.recordedAt : event.createdAt.toISOString(),
    chamber: event.chamber,
    billNumber: event.billNumber,
    attemptFailed: event.attemptFailed,
    body: event.body,
  };
}

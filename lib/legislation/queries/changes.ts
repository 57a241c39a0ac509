import "server-only";

import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

import { parseDay, toDay } from "../dates";
import { eventTitle } from "../process";
import type { ChangeCursor, TimelineFilters } from "../public-params";
import { publicBillWhere } from "../visibility";
import { TIMELINE_PAGE_SIZE, type TimelineEvent } from "./timeline";

// "What changed since a day" as the tracker learnt it: events recorded, corrected or retracted,
// and bills published, on or after that day (UTC), newest change first. The date of the
// legislative action says nothing about when a reader could first have seen it, so the timeline
// answers "since" by change unless asked for the date of the action (lib/legislation/queries/
// timeline.ts). Keyset pagination on (when, key) over one UNION, so pages never skip or repeat.

export type ChangeKind = "recorded" | "corrected" | "retracted" | "published";

export interface TimelineChange {
  /** Unique across kinds: an event is recorded once and may be retracted later. */
  key: string;
  kind: ChangeKind;
  /** When the tracker made the change, ISO 8601. */
  at: string;
  bill: TimelineEvent["bill"];
  /** The event recorded, the correction (which names what it replaced), or the event retracted. */
  event: TimelineEvent | null;
  retractionReason: string | null;
}

export interface ChangesPage {
  changes: TimelineChange[];
  nextCursor: ChangeCursor | null;
}

interface ChangeRow {
  key: string;
  kind: ChangeKind;
  at: Date;
  eventId: string | null;
  billId: string;
}

const eventSelect = {
  id: true,
  occurredOn: true,
  path: true,
  stage: true,
  chamber: true,
  attemptFailed: true,
  description: true,
  vote: true,
  sourceUrl: true,
  sourceKind: true,
  note: true,
  retractedAt: true,
  retractionReason: true,
  correctedBy: { select: { id: true } },
} as const;

const billSelect = { id: true, slug: true, shortTitle: true, jurisdiction: true, region: true } as const;

/** One page of changes made on or after `filters.since` (required), newest first. */
export async function listChanges(
  db: Database,
  filters: TimelineFilters & { since: string },
  { limit = TIMELINE_PAGE_SIZE, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<ChangesPage> {
  const since = parseDay(filters.since);
  if (!since) throw new Error(`Not a calendar day: ${filters.since}`);
  const bills = await db.bill.findMany({
    where: {
      AND: [
        publicBillWhere(now),
        filters.bill ? { slug: filters.bill } : {},
        filters.jurisdiction ? { jurisdiction: filters.jurisdiction } : {},
      ],
    },
    select: billSelect,
  });
  if (!bills.length) return { changes: [], nextCursor: null };
  const billIds = bills.map((bill) => bill.id);
  const cursor = filters.changeCursor;
  const after = cursor
    ? Prisma.sql`WHERE (c."at", c."key") < (${new Date(cursor.at)}::timestamptz, ${cursor.key})`
    : Prisma.empty;

  // A scheduled bill became public at its publishAt; a published one at its last
  // "bill.published" audit row (a bill seeded as published has none: it was never "new").
  const rows = await db.$queryRaw<ChangeRow[]>`
    WITH c AS (
      SELECT CASE WHEN e."correctsId" IS NULL THEN 'recorded' ELSE 'corrected' END || '-' || e."id" AS "key",
             CASE WHEN e."correctsId" IS NULL THEN 'recorded' ELSE 'corrected' END AS "kind",
             e."createdAt" AS "at", e."id" AS "eventId", e."billId" AS "billId"
        FROM "StatusEvent" e
       WHERE e."billId" = ANY(${billIds}) AND e."createdAt" >= ${since}
      UNION ALL
      SELECT 'retracted-' || e."id", 'retracted', e."retractedAt", e."id", e."billId"
        FROM "StatusEvent" e
       WHERE e."billId" = ANY(${billIds}) AND e."retractedAt" >= ${since}
      UNION ALL
      SELECT 'published-' || p."billId", 'published', p."at", NULL, p."billId"
        FROM (
          SELECT b."id" AS "billId",
                 CASE WHEN b."state" = 'scheduled' THEN b."publishAt"
                      ELSE (SELECT max(a."createdAt") FROM "AuditLog" a
                             WHERE a."entityType" = 'bill' AND a."entityId" = b."id" AND a."action" = 'bill.published')
                 END AS "at"
            FROM "Bill" b
           WHERE b."id" = ANY(${billIds})
        ) p
       WHERE p."at" >= ${since}
    )
    SELECT c."key", c."kind", c."at", c."eventId", c."billId" FROM c ${after}
     ORDER BY c."at" DESC, c."key" DESC
     LIMIT ${limit + 1}`;

  const page = rows.slice(0, limit);
  const eventIds = page.flatMap((row) => (row.eventId ? [row.eventId] : []));
  const events = eventIds.length
    ? await db.statusEvent.findMany({ where: { id: { in: eventIds } }, select: eventSelect })
    : [];
  const eventsById = new Map(events.map((event) => [event.id, event]));
  const billsById = new Map(bills.map(({ id, ...bill }) => [id, bill]));

  const changes = page.flatMap((row): TimelineChange[] => {
    const bill = billsById.get(row.billId);
    if (!bill) return [];
    const found = row.eventId ? eventsById.get(row.eventId) : undefined;
    return [
      {
        key: row.key,
        kind: row.kind,
        at: row.at.toISOString(),
        bill,
        event: found ? timelineEvent(found, bill) : null,
        retractionReason: found?.retractionReason ?? null,
      },
    ];
  });
  const last = page.at(-1);
  return {
    changes,
    nextCursor: rows.length > limit && last ? { at: last.at.toISOString(), key: last.key } : null,
  };
}

type EventRow = Prisma.StatusEventGetPayload<{ select: typeof eventSelect }>;

function timelineEvent(row: EventRow, bill: TimelineEvent["bill"]): TimelineEvent {
  const { id, path, stage, chamber, attemptFailed, description, vote, sourceUrl, sourceKind, note } = row;
  const event = { id, path, stage, chamber, attemptFailed, description, vote, sourceUrl, sourceKind, note };
  return {
    ...event,
    occurredOn: toDay(row.occurredOn),
    stageLabel: eventTitle(bill.jurisdiction, event, bill.region),
    status: row.retractedAt ? "retracted" : row.correctedBy ? "superseded" : "effective",
    bill,
  };
}

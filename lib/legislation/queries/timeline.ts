import "server-only";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

import { parseDay, toDay } from "../dates";
import type { TimelineCursor, TimelineFilters } from "../public-params";
import { eventTitle } from "../process";
import { publicBillWhere } from "../visibility";

// The cross-bill timeline: every status event of every public bill, newest first, a page at a
// time. Keyset pagination on (occurredOn, id), which the StatusEvent_occurredOn_id_idx index
// serves, so a deep page costs what the first does and no event is skipped or repeated when
// new events arrive between pages.

export const TIMELINE_PAGE_SIZE = 15;

export interface TimelineEvent {
  id: string;
  occurredOn: string;
  path: string;
  stage: string;
  stageLabel: string;
  chamber: string | null;
  attemptFailed: boolean;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
  note: string | null;
  /** Corrected and retracted events stay on the timeline, marked. */
  status: "effective" | "superseded" | "retracted";
  bill: { slug: string; shortTitle: string; jurisdiction: string; region: string | null };
}

export interface TimelinePage {
  events: TimelineEvent[];
  /** Where the next (older) page starts; null on the last page. */
  nextCursor: TimelineCursor | null;
}

function day(value: string): Date {
  const parsed = parseDay(value);
  if (!parsed) throw new Error(`Not a calendar day: ${value}`);
  return parsed;
}

/** One page of the timeline, newest first. Three queries (events, their bills, corrections). */
export async function listTimeline(
  db: Database,
  filters: TimelineFilters = {},
  { limit = TIMELINE_PAGE_SIZE, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<TimelinePage> {
  const where: Prisma.StatusEventWhereInput[] = [
    {
      bill: {
        AND: [
          publicBillWhere(now),
          filters.bill ? { slug: filters.bill } : {},
          filters.jurisdiction ? { jurisdiction: filters.jurisdiction } : {},
        ],
      },
    },
  ];
  if (filters.since) where.push({ occurredOn: { gte: day(filters.since) } });
  if (filters.cursor) {
    const cursorDay = day(filters.cursor.occurredOn);
    // The redundant `lte` gives the index scan a starting point; the OR alone is only a filter,
    // so a deep page would walk every newer event first (about 50 ms half-way down 200,000).
    where.push({ occurredOn: { lte: cursorDay } });
    where.push({ OR: [{ occurredOn: { lt: cursorDay } }, { occurredOn: cursorDay, id: { lt: filters.cursor.id } }] });
  }

  const rows = await db.statusEvent.findMany({
    where: { AND: where },
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
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
      correctedBy: { select: { id: true } },
      bill: { select: { slug: true, shortTitle: true, jurisdiction: true, region: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map(({ retractedAt, correctedBy, occurredOn, ...event }) => ({
      ...event,
      occurredOn: toDay(occurredOn),
      stageLabel: eventTitle(event.bill.jurisdiction, event, event.bill.region),
      status: retractedAt ? "retracted" : correctedBy ? "superseded" : "effective",
    })),
    nextCursor: rows.length > limit && last ? { occurredOn: toDay(last.occurredOn), id: last.id } : null,
  };
}

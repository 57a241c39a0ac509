import "server-only";

import type { Database } from "@/lib/db/client";

import { toDay } from "./dates";
import { outcomeGroup, stageLabel, type OutcomeGroup } from "./stages";
import { publicBillWhere } from "./visibility";

// Reads for public pages. Each returns plain, serialisable objects (dates as "YYYY-MM-DD"), so
// results can be cached as they are; lib/legislation/public-cache.ts wraps them for pages.

export interface LatestEvent {
  id: string;
  occurredOn: string;
  description: string;
  chamber: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
}

export interface BoardBill {
  slug: string;
  shortTitle: string;
  title: string;
  jurisdiction: "us" | "uk";
  numbers: string[];
  currentStage: string | null;
  stageLabel: string;
  outcome: OutcomeGroup;
  lastEventOn: string | null;
  verifiedOn: string | null;
  latestEvent: LatestEvent | null;
}

interface LatestEventRow {
  billId: string;
  id: string;
  occurredOn: Date;
  description: string;
  chamber: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
}

/** The latest effective (not retracted, not corrected) event of each bill, in one query. */
async function latestEvents(db: Database, billIds: string[]): Promise<Map<string, LatestEvent>> {
  if (billIds.length === 0) return new Map();
  const rows = await db.$queryRaw<LatestEventRow[]>`
    SELECT DISTINCT ON (e."billId")
      e."billId", e."id", e."occurredOn", e."description", e."chamber"::text AS "chamber",
      e."sourceUrl", e."sourceKind"::text AS "sourceKind"
    FROM "StatusEvent" e
    WHERE e."billId" = ANY(${billIds})
      AND e."retractedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c."correctsId" = e."id")
    ORDER BY e."billId", e."occurredOn" DESC, e."createdAt" DESC, e."id" DESC`;
  return new Map(
    rows.map((row) => [
      row.billId,
      {
        id: row.id,
        occurredOn: toDay(row.occurredOn),
        description: row.description,
        chamber: row.chamber,
        sourceUrl: row.sourceUrl,
        sourceKind: row.sourceKind,
      },
    ]),
  );
}

/** Every public bill for the status board, latest activity first; two queries whatever the size. */
export async function listBoardBills(db: Database, now: Date = new Date()): Promise<BoardBill[]> {
  const bills = await db.bill.findMany({
    where: publicBillWhere(now),
    orderBy: [{ lastEventOn: { sort: "desc", nulls: "last" } }, { shortTitle: "asc" }],
    select: {
      id: true,
      slug: true,
      shortTitle: true,
      title: true,
      jurisdiction: true,
      numbers: true,
      currentStage: true,
      lastEventOn: true,
      verifiedOn: true,
    },
  });
  const latest = await latestEvents(
    db,
    bills.map((bill) => bill.id),
  );
  return bills.map((bill) => ({
    slug: bill.slug,
    shortTitle: bill.shortTitle,
    title: bill.title,
    jurisdiction: bill.jurisdiction,
    numbers: bill.numbers,
    currentStage: bill.currentStage,
    stageLabel: bill.currentStage ? stageLabel(bill.jurisdiction, bill.currentStage) : "No status recorded yet",
    outcome: outcomeGroup(bill.jurisdiction, bill.currentStage),
    lastEventOn: bill.lastEventOn ? toDay(bill.lastEventOn) : null,
    verifiedOn: bill.verifiedOn ? toDay(bill.verifiedOn) : null,
    latestEvent: latest.get(bill.id) ?? null,
  }));
}

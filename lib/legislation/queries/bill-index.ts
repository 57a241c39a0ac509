import "server-only";

import type { Database } from "@/lib/db/client";

import { publicBillSql } from "../visibility";

export interface PublicBillEntry {
  slug: string;
  shortTitle: string;
  /** When the entry last changed (ISO timestamp), for the sitemap. */
  updatedAt: string;
}

/**
 * Every public bill, briefly: which slugs exist (so an unknown one is a 404 without any further
 * query), the timeline's bill filter and the sitemap. One query, in SQL rather than through
 * Prisma's result mapping, which cost most of the time at 10,000 bills (docs/decisions/0021), and
 * only the three columns those readers use: at 10,000 bills every column read is 10,000 values.
 */
export async function listPublicBills(db: Pick<Database, "$queryRaw">, now: Date = new Date()): Promise<PublicBillEntry[]> {
  const bills = await db.$queryRaw<{ slug: string; shortTitle: string; updatedAt: Date }[]>`
    SELECT b."slug", b."shortTitle", b."updatedAt"
    FROM "Bill" b WHERE ${publicBillSql(now)}
    ORDER BY b."shortTitle", b."id"`;
  return bills.map((bill) => ({ slug: bill.slug, shortTitle: bill.shortTitle, updatedAt: bill.updatedAt.toISOString() }));
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base" });

/** What the board needs of all public bills: how many there are (its last page) and their topics (its filter). */
export interface BoardFacets {
  total: number;
  /** Once each, alphabetically. */
  topics: string[];
}

/**
 * The board's facets in one row, rather than every public bill's entry (docs/decisions/0026):
 * the count is an index-only scan of the board-sort index, and only the topics are read from
 * the bills.
 */
export async function listBoardFacets(db: Pick<Database, "$queryRaw">, now: Date = new Date()): Promise<BoardFacets> {
  const [row] = await db.$queryRaw<{ total: number; topics: string[] }[]>`
    SELECT (SELECT count(*)::int FROM "Bill" b WHERE ${publicBillSql(now)}) AS total,
           ARRAY(SELECT DISTINCT topic FROM "Bill" b CROSS JOIN unnest(b."topics") AS topic WHERE ${publicBillSql(now)}) AS topics`;
  return { total: row?.total ?? 0, topics: [...(row?.topics ?? [])].sort(collator.compare) };
}

import "server-only";

import type { Database } from "@/lib/db/client";

import { parseDay, toDay } from "../dates";
import { phaseWhere } from "../phase-where";
import { termKeyDate } from "../term-key-date";
import { publicBillWhere } from "../visibility";

export interface UpcomingKeyDate {
  id: string;
  date: string;
  title: string;
  description: string | null;
  sourceUrl: string;
  /** The bill it belongs to; null for a date that concerns no single bill. */
  bill: { slug: string; shortTitle: string } | null;
  /** Derived from the legislature's rules (the end of a Congress), not kept by an editor. */
  derived: boolean;
}

/**
 * The end of the term of every public bill (or the one with `slug`) still before a legislature
 * whose term has not ended (its Congress), as key dates, with when the bill last changed. One query.
 */
export async function listTermKeyDates(
  db: Database,
  now: Date,
  slug?: string,
): Promise<(UpcomingKeyDate & { updatedAt: string })[]> {
  const bills = await db.bill.findMany({
    where: { AND: [publicBillWhere(now), phaseWhere(["legislature"], now), { termEndsAt: { not: null } }, slug ? { slug } : {}] },
    select: { slug: true, shortTitle: true, jurisdiction: true, session: true, updatedAt: true },
  });
  return bills.flatMap((bill) => {
    const keyDate = termKeyDate(bill);
    if (!keyDate) return [];
    const { slug: billSlug, shortTitle, updatedAt } = bill;
    return [{ ...keyDate, id: `${keyDate.id}-${billSlug}`, bill: { slug: billSlug, shortTitle }, updatedAt: updatedAt.toISOString() }];
  });
}

/** Key dates from `today` on, soonest first, of public bills or of no bill, the ends of terms among them. Two queries. */
export async function listUpcomingKeyDates(
  db: Database,
  { today, limit = 6, now = new Date() }: { today: string; limit?: number; now?: Date },
): Promise<UpcomingKeyDate[]> {
  const from = parseDay(today);
  if (!from) throw new Error(`Not a calendar day: ${today}`);
  const kept = db.keyDate.findMany({
    where: { date: { gte: from }, OR: [{ billId: null }, { bill: publicBillWhere(now) }] },
    orderBy: [{ date: "asc" }, { title: "asc" }],
    take: limit,
    select: {
      id: true,
      date: true,
      title: true,
      description: true,
      sourceUrl: true,
      bill: { select: { slug: true, shortTitle: true } },
    },
  });
  const [rows, terms] = await Promise.all([kept, listTermKeyDates(db, now)]);
  const edited = rows.map((row) => ({
    id: row.id,
    date: toDay(row.date),
    title: row.title,
    description: row.description,
    sourceUrl: row.sourceUrl,
    bill: row.bill,
    derived: false,
  }));
  return [...edited, ...terms.filter((keyDate) => keyDate.date >= today).map(({ updatedAt: _changed, ...keyDate }) => keyDate)]
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

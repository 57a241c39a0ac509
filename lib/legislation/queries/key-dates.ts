import "server-only";

import type { Database } from "@/lib/db/client";

import { parseDay, toDay } from "../dates";
import { publicBillWhere } from "../visibility";

export interface UpcomingKeyDate {
  id: string;
  date: string;
  title: string;
  description: string | null;
  sourceUrl: string;
  /** The bill it belongs to; null for a date that concerns no single bill. */
  bill: { slug: string; shortTitle: string } | null;
}

/** Key dates from `today` on, soonest first, of public bills or of no bill. One query. */
export async function listUpcomingKeyDates(
  db: Database,
  { today, limit = 6, now = new Date() }: { today: string; limit?: number; now?: Date },
): Promise<UpcomingKeyDate[]> {
  const from = parseDay(today);
  if (!from) throw new Error(`Not a calendar day: ${today}`);
  const rows = await db.keyDate.findMany({
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
  return rows.map((row) => ({
    id: row.id,
    date: toDay(row.date),
    title: row.title,
    description: row.description,
    sourceUrl: row.sourceUrl,
    bill: row.bill,
  }));
}

import "server-only";

import type { Database } from "@/lib/db/client";

import { parseSeries, type Series } from "./series";

export interface StatisticEntry {
  id: string;
  label: string;
  value: string;
  period: string;
  sourceName: string;
  sourceUrl: string | null;
  /** The figure as a chartable series, when it is one. */
  series: Series | null;
}

/** Every figure for the facts page, in the editors' order. One query. */
export async function listStatistics(db: Database): Promise<StatisticEntry[]> {
  const rows = await db.statistic.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, label: true, value: true, period: true, sourceName: true, sourceUrl: true },
  });
  return rows.map((row) => ({ ...row, series: parseSeries(row.value, row.period) }));
}

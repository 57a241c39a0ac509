import "server-only";

import type { Database } from "@/lib/db/client";

import type { ComparableBill } from "../compare";
import { toDay } from "../dates";
import type { PositionData } from "../positions";
import type { WindowData } from "../windows";
import { publicBillWhere } from "../visibility";

export const provisionSelect = { id: true, category: true, text: true, citation: true, textVersionCode: true, textSection: true } as const;
export const provisionOrder = [{ category: "asc" }, { position: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

/** Every public bill with its provisions, for /compare: one read, cached whole, filtered per request. */
export async function listComparableBills(db: Database, now: Date = new Date()): Promise<ComparableBill[]> {
  return db.bill.findMany({
    where: publicBillWhere(now),
    orderBy: [{ shortTitle: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      shortTitle: true,
      jurisdiction: true,
      provisions: { select: provisionSelect, orderBy: [...provisionOrder] },
    },
  });
}

export const positionSelect = {
  id: true,
  stance: true,
  statement: true,
  sourceUrl: true,
  statedOn: true,
  createdAt: true,
  organisation: { select: { id: true, name: true, url: true, isOwn: true } },
} as const;

export const positionOrder = [{ statedOn: "desc" }, { createdAt: "desc" }, { id: "asc" }] as const;

/** A position row as pages and the API show it: days and times as strings. */
export function toPositionData(row: {
  id: string;
  stance: PositionData["stance"];
  statement: string;
  sourceUrl: string | null;
  statedOn: Date;
  createdAt: Date;
  organisation: PositionData["organisation"];
}): PositionData {
  const { statedOn, createdAt, ...rest } = row;
  return { ...rest, statedOn: toDay(statedOn), recordedAt: createdAt.toISOString() };
}

/** The organisation that runs the site, or null when none is marked. */
export async function findOwnOrganisation(db: Database): Promise<{ name: string } | null> {
  return db.organisation.findFirst({ where: { isOwn: true }, select: { name: true } });
}

export const windowSelect = {
  id: true,
  kind: true,
  title: true,
  runBy: true,
  respondUrl: true,
  description: true,
  opensOn: true,
  closesOn: true,
} as const;

export function toWindowData(row: Omit<WindowData, "opensOn" | "closesOn"> & { opensOn: Date; closesOn: Date }): WindowData {
  return { ...row, opensOn: toDay(row.opensOn), closesOn: toDay(row.closesOn) };
}

export interface OpenWindow extends WindowData {
  bill: { slug: string; shortTitle: string };
}

/** Windows of public bills open on `today`, closing soonest first: the board's list. */
export async function listOpenWindows(db: Database, options: { today: string }, now: Date = new Date()): Promise<OpenWindow[]> {
  const day = new Date(`${options.today}T00:00:00.000Z`);
  const rows = await db.participationWindow.findMany({
    where: { opensOn: { lte: day }, closesOn: { gte: day }, bill: publicBillWhere(now) },
    orderBy: [{ closesOn: "asc" }, { title: "asc" }],
    select: { ...windowSelect, bill: { select: { slug: true, shortTitle: true } } },
  });
  return rows.map(({ bill, ...row }) => ({ ...toWindowData(row), bill }));
}

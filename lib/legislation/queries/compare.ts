import "server-only";

import type { Database } from "@/lib/db/client";

import type { ComparableBill } from "../compare";
import { publicBillWhere } from "../visibility";

export const provisionSelect = { id: true, category: true, text: true, citation: true } as const;
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

import "server-only";

import type { KeyDate, Prisma } from "@/lib/db/generated/client";

import { parseDay, toDay } from "../dates";
import type { BillVisibility } from "../revalidation";
import type { z } from "zod";
import type { keyDateSchema } from "../schema";

type Tx = Prisma.TransactionClient;

export function keyDateColumns(fields: z.infer<typeof keyDateSchema>) {
  const date = parseDay(fields.date);
  if (!date) throw new Error(`date passed validation but is not a day: ${fields.date}`);
  return { ...fields, date };
}

export function keyDateAuditView(keyDate: KeyDate) {
  return {
    billId: keyDate.billId,
    date: toDay(keyDate.date),
    title: keyDate.title,
    description: keyDate.description,
    sourceUrl: keyDate.sourceUrl,
  };
}

/** The bill a key date belongs to, for cache tags; null for a tracker-wide date. */
export async function keyDateBill(tx: Tx, billId: string | null): Promise<BillVisibility | null> {
  if (!billId) return null;
  return tx.bill.findUnique({ where: { id: billId }, select: { slug: true, state: true } });
}

import "server-only";

import type { Prisma, Provision } from "@/lib/db/generated/client";

import type { BillVisibility } from "../revalidation";

type Tx = Prisma.TransactionClient;

export const PROVISION_CONFLICT =
  "Someone else changed this provision after you opened it. Reload the page to see their change, then edit again.";

export const MISSING_BILL = "That bill no longer exists. Choose another.";

/** A provision as the audit log keeps it: each save's before and after are its revisions. */
export function provisionAuditView(provision: Provision) {
  return {
    billId: provision.billId,
    category: provision.category,
    text: provision.text,
    citation: provision.citation,
    textVersionCode: provision.textVersionCode,
    textSection: provision.textSection,
    position: provision.position,
    version: provision.version,
  };
}

/** The bill a provision is in, for cache tags; null when it is gone. */
export async function provisionBill(tx: Tx, billId: string): Promise<BillVisibility | null> {
  return tx.bill.findUnique({ where: { id: billId }, select: { slug: true, state: true } });
}

/**
 * Mark the bill as changed once a provision's change is written: its provisions are part of it
 * in the API, so incremental sync (`updatedSince`) must see the change.
 */
export async function touchBill(tx: Tx, billId: string): Promise<void> {
  await tx.bill.updateMany({ where: { id: billId }, data: { updatedAt: new Date() } });
}

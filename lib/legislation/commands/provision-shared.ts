import "server-only";

import type { TextTree } from "@/lib/bill-text/tree";
import { walk } from "@/lib/bill-text/tree";
import type { Prisma, Provision } from "@/lib/db/generated/client";
import { fieldFailure, type CommandError } from "@/lib/result";

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

/**
 * Why a provision cannot cite this version and part of its bill's text, or null when it can: the
 * version must be imported for the bill, and the part must be one of its anchors.
 */
export async function textCitationProblem(
  tx: Tx,
  billId: string,
  citation: { textVersionCode: string | null; textSection: string | null },
): Promise<{ ok: false; error: CommandError } | null> {
  const { textVersionCode: code, textSection: part } = citation;
  if (code === null) return null;
  const version = await tx.billTextVersion.findUnique({ where: { billId_code: { billId, code } }, select: { name: true, tree: true } });
  if (!version) return fieldFailure("textVersionCode", `This bill has no text version “${code}” imported. Import it first, or leave this blank.`);
  // Written only by importTextVersion, from a parser's TextTree.
  const tree = version.tree as unknown as TextTree;
  if (part !== null && ![...walk(tree.body)].some((node) => node.id === part)) {
    return fieldFailure("textSection", `${version.name} has no part “${part}”. Open the version's page and copy the end of the part's link, like sec-3-a.`);
  }
  return null;
}

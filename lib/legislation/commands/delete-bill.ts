import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { billVersionSchema } from "../schema";
import { billSnapshot } from "../snapshot";

import { announce, CONFLICT_MESSAGE, lockBill, visibilityOf, type Changed } from "./shared";

/**
 * Delete a draft with its history, key dates and revisions. Only drafts: a public record is
 * unpublished first, so deleting is always a deliberate second step. The audit row keeps the
 * last snapshot.
 */
export async function deleteBill(principal: Principal | null, input: unknown): Promise<Result<Changed & { slug: string }>> {
  const auth = await authorize(principal, "delete:bill:any");
  if (!auth.ok) return auth;
  const parsed = billVersionSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const bill = await lockBill(tx, id);
    if (!bill) return failure("not_found", "This bill no longer exists.");
    if (bill.version !== version) return failure("conflict", CONFLICT_MESSAGE);
    if (bill.state !== "draft") return failure("validation", "Unpublish this bill before deleting it.");
    const events = await tx.statusEvent.count({ where: { billId: id } });
    // Corrections point at the events they correct with ON DELETE RESTRICT; unlink them first
    // so the cascade can remove the whole history in any order.
    await tx.statusEvent.updateMany({ where: { billId: id, correctsId: { not: null } }, data: { correctsId: null } });
    await tx.bill.delete({ where: { id } });
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "bill.deleted",
      entityType: "bill",
      entityId: id,
      before: { ...billSnapshot(bill), statusEvents: events },
    });
    const revalidate = await announce(tx, { kind: "bill", before: visibilityOf(bill), after: null }, { kind: "bill.deleted", auditId, slug: bill.slug });
    return ok({ slug: bill.slug, revalidate });
  });
}

import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { versionedIdSchema } from "../schema";

import { keyDateAuditView, keyDateBill } from "./key-date-shared";
import { announce, type Changed } from "./shared";

/** Remove a key date (a milestone, not history: the audit row keeps what it said). */
export async function deleteKeyDate(principal: Principal | null, input: unknown): Promise<Result<Changed>> {
  const auth = await authorize(principal, "manage:keyDate:any");
  if (!auth.ok) return auth;
  const parsed = versionedIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const current = await tx.keyDate.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This key date no longer exists.");
    const deleted = await tx.keyDate.deleteMany({ where: { id, version } });
    if (deleted.count === 0) return failure("conflict", "Someone else changed this key date after you opened it. Reload the page and try again.");
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "keyDate.deleted",
      entityType: "keyDate",
      entityId: id,
      before: keyDateAuditView(current),
    });
    const bill = await keyDateBill(tx, current.billId);
    const revalidate = await announce(tx, { kind: "keyDate", bill }, { kind: "keyDate.deleted", auditId, ...(bill ? { slug: bill.slug } : {}) });
    return ok({ revalidate });
  });
}

import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { versionedIdSchema } from "../schema";

import { provisionAuditView, provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";

/** Remove a provision; the audit log keeps every version of what it said. */
export async function deleteProvision(principal: Principal | null, input: unknown): Promise<Result<Changed>> {
  const auth = await authorize(principal, "manage:provision:any");
  if (!auth.ok) return auth;
  const parsed = versionedIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const current = await tx.provision.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This provision no longer exists.");
    const deleted = await tx.provision.deleteMany({ where: { id, version } });
    if (deleted.count === 0) return failure("conflict", "Someone else changed this provision after you opened it. Reload the page and try again.");
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "provision.deleted",
      entityType: "provision",
      entityId: id,
      before: provisionAuditView(current),
    });
    await touchBill(tx, current.billId);
    const bill = await provisionBill(tx, current.billId);
    const revalidate = bill ? await announce(tx, { kind: "billPart", bill }, { kind: "provision.deleted", auditId, slug: bill.slug }) : [];
    return ok({ revalidate });
  });
}

import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { versionedIdSchema } from "../schema";

import { positionAuditView } from "./position-shared";
import { provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";

/** Remove a position recorded in error; the audit log keeps every version of it. */
export async function deletePosition(principal: Principal | null, input: unknown): Promise<Result<Changed>> {
  const auth = await authorize(principal, "manage:position:any");
  if (!auth.ok) return auth;
  const parsed = versionedIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const current = await tx.position.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This position no longer exists.");
    const deleted = await tx.position.deleteMany({ where: { id, version } });
    if (deleted.count === 0) return failure("conflict", "Someone else changed this position after you opened it. Reload the page and try again.");
    await touchBill(tx, current.billId);
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "position.deleted",
      entityType: "position",
      entityId: id,
      before: positionAuditView(current),
    });
    const bill = await provisionBill(tx, current.billId);
    const revalidate = bill ? await announce(tx, { kind: "billPart", bill }, { kind: "position.deleted", auditId, slug: bill.slug }) : [];
    return ok({ revalidate });
  });
}

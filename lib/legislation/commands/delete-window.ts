import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { versionedIdSchema } from "../schema";

import { provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";
import { windowAuditView } from "./window-shared";

/** Remove a window; alerts not yet sent are skipped by the worker, and the audit log keeps what it said. */
export async function deleteWindow(principal: Principal | null, input: unknown): Promise<Result<Changed>> {
  const auth = await authorize(principal, "manage:window:any");
  if (!auth.ok) return auth;
  const parsed = versionedIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const current = await tx.participationWindow.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This window no longer exists.");
    const deleted = await tx.participationWindow.deleteMany({ where: { id, version } });
    if (deleted.count === 0) return failure("conflict", "Someone else changed this window after you opened it. Reload the page and try again.");
    await touchBill(tx, current.billId);
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "window.deleted",
      entityType: "window",
      entityId: id,
      before: windowAuditView(current),
    });
    const bill = await provisionBill(tx, current.billId);
    const revalidate = bill ? await announce(tx, { kind: "billPart", bill }, { kind: "window.deleted", auditId, slug: bill.slug }) : [];
    return ok({ revalidate });
  });
}

import "server-only";

import { queueDueAlertsOf } from "@/lib/alerts/windows";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { participationWindowSchema, versionedIdSchema } from "../schema";

import { MISSING_BILL, provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";
import { WINDOW_CONFLICT, windowAuditView, windowColumns } from "./window-shared";

/**
 * Edit a window over the version the form was loaded at. A new closing day owes subscribers a
 * new reminder; an opening alert already sent is not sent again.
 */
export async function updateWindow(principal: Principal | null, input: unknown, now: Date = new Date()): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:window:any");
  if (!auth.ok) return auth;
  const target = versionedIdSchema.safeParse(input);
  const parsed = participationWindowSchema.safeParse(input);
  if (!target.success) return validationFailure(target.error);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = target.data;

  return db.$transaction(async (tx) => {
    const current = await tx.participationWindow.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This window no longer exists.");
    const bill = await provisionBill(tx, parsed.data.billId);
    if (!bill) return fieldFailure("billId", MISSING_BILL);
    const columns = windowColumns(parsed.data);
    const closingMoved = columns.closesOn.getTime() !== current.closesOn.getTime();
    const written = await tx.participationWindow.updateMany({
      where: { id, version },
      data: { ...columns, ...(closingMoved ? { reminderQueuedAt: null } : {}), version: { increment: 1 } },
    });
    if (written.count === 0) return failure("conflict", WINDOW_CONFLICT);
    await touchBill(tx, columns.billId);
    if (current.billId !== columns.billId) await touchBill(tx, current.billId);
    const window = await tx.participationWindow.findUniqueOrThrow({ where: { id } });
    await queueDueAlertsOf(tx, window, now);
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "window.updated",
      entityType: "window",
      entityId: id,
      before: windowAuditView(current),
      after: windowAuditView(window),
    });
    const notice = { kind: "window.updated", auditId };
    const revalidate = await announce(tx, { kind: "billPart", bill }, { ...notice, slug: bill.slug });
    if (current.billId !== window.billId) {
      const previous = await provisionBill(tx, current.billId);
      if (previous) revalidate.push(...(await announce(tx, { kind: "billPart", bill: previous }, { ...notice, slug: previous.slug })));
    }
    return ok({ id, revalidate: [...new Set(revalidate)] });
  });
}

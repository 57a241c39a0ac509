import "server-only";

import { queueDueAlertsOf } from "@/lib/alerts/windows";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { participationWindowSchema } from "../schema";

import { MISSING_BILL, provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";
import { windowAuditView, windowColumns } from "./window-shared";

/**
 * Add a consultation, call for evidence or comment period. One that is open already alerts its
 * subscribers in this transaction; a later one is alerted by the outbox worker when it opens.
 */
export async function createWindow(principal: Principal | null, input: unknown, now: Date = new Date()): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:window:any");
  if (!auth.ok) return auth;
  const parsed = participationWindowSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);

  return db.$transaction(async (tx) => {
    const bill = await provisionBill(tx, parsed.data.billId);
    if (!bill) return fieldFailure("billId", MISSING_BILL);
    const window = await tx.participationWindow.create({ data: windowColumns(parsed.data) });
    await touchBill(tx, window.billId);
    await queueDueAlertsOf(tx, window, now);
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "window.created",
      entityType: "window",
      entityId: window.id,
      after: windowAuditView(window),
    });
    const revalidate = await announce(tx, { kind: "billPart", bill }, { kind: "window.created", auditId, slug: bill.slug });
    return ok({ id: window.id, revalidate });
  });
}

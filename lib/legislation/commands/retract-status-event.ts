import "server-only";

import { enqueueStatusChange } from "@/lib/alerts/enqueue";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { retractionSchema } from "../schema";

import { announce, eventAuditView, lockBill, rederiveStage, visibilityOf, type Changed } from "./shared";

/**
 * Retract a status event that should never have been recorded. It stays in the public history,
 * marked as retracted with the reason, and stops counting towards the bill's stage.
 */
export async function retractStatusEvent(principal: Principal | null, input: unknown): Promise<Result<Changed & { eventId: string }>> {
  const auth = await authorize(principal, "retract:statusEvent:any");
  if (!auth.ok) return auth;
  const parsed = retractionSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { eventId, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const located = await tx.statusEvent.findUnique({ where: { id: eventId }, select: { billId: true } });
    // Under the bill's lock, a correction or retraction committed meanwhile is seen below.
    if (!located || !(await lockBill(tx, located.billId))) return failure("not_found", "This status event no longer exists.");
    const event = await tx.statusEvent.findUnique({
      where: { id: eventId },
      include: { bill: true, correctedBy: { select: { id: true } } },
    });
    if (!event) return failure("not_found", "This status event no longer exists.");
    if (event.correctedBy) {
      return failure("validation", "This event has been corrected. Retract the correction instead, if it is wrong too.");
    }
    const written = await tx.statusEvent.updateMany({
      where: { id: eventId, retractedAt: null },
      data: { retractedAt: new Date(), retractionReason: reason, retractedById: auth.value.id },
    });
    if (written.count === 0) return failure("conflict", "Someone has already retracted this event.");
    const retracted = await tx.statusEvent.findUniqueOrThrow({ where: { id: eventId } });
    await rederiveStage(tx, event.bill);
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "statusEvent.retracted",
      entityType: "statusEvent",
      entityId: eventId,
      before: eventAuditView(event),
      after: eventAuditView(retracted),
    });
    const revalidate = await announce(
      tx,
      { kind: "bill", before: visibilityOf(event.bill), after: visibilityOf(event.bill) },
      { kind: "statusEvent.retracted", auditId, slug: event.bill.slug, eventId },
    );
    await enqueueStatusChange(tx, { billId: event.bill.id, slug: event.bill.slug, eventId, kind: "statusEvent.retracted" });
    return ok({ eventId, revalidate });
  });
}

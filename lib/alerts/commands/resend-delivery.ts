import "server-only";

import type { Database } from "@/lib/db/client";

import { confirmPayloadSchema } from "../outbox-payload";
import { can, type Actor } from "../policy";
import { fail, ok, type CommandResult } from "../result";
import { resendDeliverySchema } from "../schema";

// Manual resend from the delivery log. A failed delivery is queued again as it is (its attempt
// count starts over); a delivered one is copied into a new delivery, so the log keeps both.
// Webhook resends carry the same webhook-id, so receivers that already have it can drop it.

export async function resendDelivery(
  database: Database,
  actor: Actor | null,
  input: unknown,
  now: Date = new Date(),
): Promise<CommandResult<{ deliveryId: number }>> {
  if (!can(actor, "resend:delivery:any")) return fail("forbidden", "Only administrators can resend deliveries.");
  const parsed = resendDeliverySchema.safeParse(input);
  if (!parsed.success) return fail("validation", "Choose a delivery from the log.");

  return database.$transaction(async (tx) => {
    const row = await tx.outbox.findUnique({ where: { id: parsed.data.deliveryId } });
    if (!row) return fail("not_found", "That delivery is no longer in the log.");
    if (row.status === "pending") return fail("conflict", "This delivery is already queued; it will be tried again shortly.");
    if (row.channel === "email" && row.recipient) {
      const subscription = await tx.subscription.findUnique({ where: { id: row.recipient }, select: { id: true } });
      if (!subscription) return fail("conflict", "The subscriber has since unsubscribed, so nothing can be sent.");
    }
    const confirm = confirmPayloadSchema.safeParse(row.payload);
    if (confirm.success && confirm.data.token === null) {
      return fail("conflict", "A confirmation link is used once and was already sent. The subscriber can sign up again for a new one.");
    }

    let deliveryId = row.id;
    if (row.status === "failed") {
      await tx.outbox.update({
        where: { id: row.id },
        data: { status: "pending", attempts: 0, nextAttemptAt: now, lastError: null, lastStatusCode: null },
      });
    } else {
      const copy = await tx.outbox.create({
        data: {
          channel: row.channel,
          topic: row.topic,
          payload: row.payload ?? {},
          recipient: row.recipient,
          webhookId: row.webhookId,
          nextAttemptAt: now,
        },
        select: { id: true },
      });
      deliveryId = copy.id;
    }
    await tx.auditLog.create({
      data: {
        actorId: actor?.id,
        action: "delivery.resent",
        entityType: "outbox",
        entityId: String(row.id),
        after: { deliveryId, previousStatus: row.status },
      },
    });
    return ok({ deliveryId });
  });
}

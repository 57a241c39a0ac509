import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { statusChangeWebhookEventSchema, type StatusWebhookEventType } from "@/lib/api/schema";
import { eventSelect, summarySelect, toApiEvent, toBillSummary } from "@/lib/api/shape";
import { isPublic } from "@/lib/legislation/visibility";

import type { EmailPayload, WebhookPayload } from "./outbox-payload";
import { immediateSubscriptionsTo } from "./recipients";
import { webhookBill } from "./webhook-bill";

// Commands that change a bill's status history call this inside their transaction, after the
// change and the bill's derived stage are written. The deliveries it queues commit or roll back
// with the change itself: nothing is announced that did not happen, nothing that happened is
// lost. The outbox worker (./worker.ts) sends them.

export interface StatusChange {
  billId: string;
  slug: string;
  eventId: string;
  kind: StatusWebhookEventType;
}

export async function enqueueStatusChange(
  tx: Prisma.TransactionClient,
  change: StatusChange,
  now: Date = new Date(),
): Promise<{ emails: number; webhooks: number }> {
  const bill = await tx.bill.findUnique({
    where: { id: change.billId },
    select: { ...summarySelect, state: true, publishAt: true },
  });
  // A change to a draft is nobody's news yet (and must not leak).
  if (!bill || !isPublic(bill, now)) return { emails: 0, webhooks: 0 };
  const event = await tx.statusEvent.findUnique({ where: { id: change.eventId }, select: { ...eventSelect, billId: true } });
  if (!event || event.billId !== bill.id) {
    throw new Error(`enqueueStatusChange: event ${change.eventId} does not belong to bill ${change.billId}`);
  }

  const subscriptions = await immediateSubscriptionsTo(tx, bill.id);

  const webhooks = await tx.webhook.findMany({ where: { active: true }, select: { id: true } });
  const correctedBy = await tx.statusEvent.findUnique({ where: { correctsId: event.id }, select: { id: true } });
  const summary = toBillSummary(bill, now);
  const body = statusChangeWebhookEventSchema.parse({
    type: change.kind,
    timestamp: (change.kind === "statusEvent.retracted" && event.retractedAt ? event.retractedAt : event.createdAt).toISOString(),
    data: {
      bill: webhookBill(summary),
      event: toApiEvent(bill.jurisdiction, event, correctedBy?.id ?? null, bill.region, now),
    },
  });
  const webhookPayload: WebhookPayload = {
    kind: "webhook",
    messageId: `msg_${event.id}_${change.kind.split(".")[1]}`,
    body: JSON.stringify(body),
  };

  await tx.outbox.createMany({
    data: [
      ...subscriptions.map((subscription) => {
        const payload: EmailPayload = { kind: "alert", subscriptionId: subscription.id, change: change.kind, eventId: event.id };
        return { channel: "email" as const, topic: change.kind, recipient: subscription.id, payload, nextAttemptAt: now };
      }),
      ...webhooks.map((webhook) => ({
        channel: "webhook" as const,
        topic: change.kind,
        webhookId: webhook.id,
        payload: webhookPayload,
        nextAttemptAt: now,
      })),
    ],
  });
  return { emails: subscriptions.length, webhooks: webhooks.length };
}

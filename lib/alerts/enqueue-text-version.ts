import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { textVersionWebhookEventSchema } from "@/lib/api/schema";
import { summarySelect, toBillSummary } from "@/lib/api/shape";
import { textComparePath, textVersionPath } from "@/lib/bill-text/paths";
import { siteUrl } from "@/lib/config";
import { toDay } from "@/lib/legislation/dates";
import { isPublic } from "@/lib/legislation/visibility";

import { topics, type EmailPayload, type WebhookPayload } from "./outbox-payload";
import { immediateSubscriptionsTo } from "./recipients";
import { webhookBill } from "./webhook-bill";

// The import of a new version of a bill's text calls this inside its transaction, after the
// version and its change summary are written, as status commands call ./enqueue.ts: the
// deliveries commit or roll back with the import.

/** Queue the alerts and webhook deliveries of a newly imported version; returns how many. */
export async function enqueueTextVersionImported(
  tx: Prisma.TransactionClient,
  versionId: string,
  now: Date = new Date(),
): Promise<{ emails: number; webhooks: number }> {
  const version = await tx.billTextVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      id: true,
      code: true,
      name: true,
      versionDate: true,
      importedAt: true,
      comparedWithCode: true,
      changeSummary: true,
      bill: { select: { ...summarySelect, state: true, publishAt: true } },
    },
  });
  const { bill } = version;
  // A draft's text is nobody's news yet (and must not leak).
  if (!isPublic(bill, now)) return { emails: 0, webhooks: 0 };

  const subscriptions = await immediateSubscriptionsTo(tx, bill.id);
  const webhooks = await tx.webhook.findMany({ where: { active: true }, select: { id: true } });
  const summary = toBillSummary(bill, now);
  const site = siteUrl();
  const body = textVersionWebhookEventSchema.parse({
    type: topics.textVersion,
    timestamp: version.importedAt.toISOString(),
    data: {
      bill: webhookBill(summary),
      version: {
        code: version.code,
        name: version.name,
        versionDate: version.versionDate ? toDay(version.versionDate) : null,
        url: `${site}${textVersionPath(bill.slug, version.code)}`,
        compareUrl: version.comparedWithCode ? `${site}${textComparePath(bill.slug, version.comparedWithCode, version.code)}` : null,
        changeSummary: version.changeSummary,
      },
    },
  });
  const webhookPayload: WebhookPayload = { kind: "webhook", messageId: `msg_${version.id}_imported`, body: JSON.stringify(body) };

  await tx.outbox.createMany({
    data: [
      ...subscriptions.map((subscription) => {
        const payload: EmailPayload = { kind: "textVersion", subscriptionId: subscription.id, versionId: version.id };
        return { channel: "email" as const, topic: topics.textVersion, recipient: subscription.id, payload, nextAttemptAt: now };
      }),
      ...webhooks.map((webhook) => ({ channel: "webhook" as const, topic: topics.textVersion, webhookId: webhook.id, payload: webhookPayload, nextAttemptAt: now })),
    ],
  });
  return { emails: subscriptions.length, webhooks: webhooks.length };
}

import "server-only";

import type { Database } from "@/lib/db/client";
import type { OutboxChannel, OutboxStatus } from "@/lib/db/generated/client";
import { publicBillWhere } from "@/lib/legislation/visibility";

import { emailPayloadSchema } from "./outbox-payload";
import { hashToken } from "./tokens";

// Reads for the alert pages. Public ones (the subscribe form, the confirm and unsubscribe pages)
// never return an address. Admin ones (webhooks, the delivery log) must only be called after
// the caller has checked `read:delivery:any` (see ./policy.ts); they show addresses masked.

/** The bills a reader can follow, for the subscribe form. */
export async function listSubscribableBills(db: Database, now: Date = new Date()): Promise<{ slug: string; shortTitle: string }[]> {
  return db.bill.findMany({ where: publicBillWhere(now), select: { slug: true, shortTitle: true }, orderBy: { shortTitle: "asc" } });
}

export interface SubscriptionSummary {
  bill: { slug: string; shortTitle: string } | null;
  frequency: "immediate" | "daily";
}

/** What a confirmation link would confirm, without using it; null if it is not (or no longer) valid. */
export async function findConfirmation(db: Database, token: string): Promise<SubscriptionSummary | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return db.subscription.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { frequency: true, bill: { select: { slug: true, shortTitle: true } } },
  });
}

/** What an unsubscribe link would end; null if it ends nothing (any more). */
export async function findUnsubscription(db: Database, token: string): Promise<SubscriptionSummary | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return db.subscription.findFirst({
    where: { unsubscribeTokenHashes: { has: hashToken(token) } },
    select: { frequency: true, bill: { select: { slug: true, shortTitle: true } } },
  });
}

/** "j…@example.org": enough for an administrator to recognise a bounce, not to harvest. */
export function maskAddress(email: string): string {
  const at = email.lastIndexOf("@");
  return at > 0 ? `${email[0]}…${email.slice(at)}` : "…";
}

export interface WebhookRow {
  id: string;
  url: string;
  description: string | null;
  active: boolean;
  createdAt: string;
  /** The end of the secret, to tell secrets apart without showing them. */
  secretHint: string;
  deliveries: Record<OutboxStatus, number>;
}

/** Every webhook with its delivery counts (admin; needs manage:webhook:any). */
export async function listWebhooks(db: Database): Promise<WebhookRow[]> {
  const webhooks = await db.webhook.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, url: true, description: true, active: true, createdAt: true, secret: true },
  });
  const counts = await db.outbox.groupBy({ by: ["webhookId", "status"], where: { channel: "webhook" }, _count: { _all: true } });
  return webhooks.map((webhook) => {
    const deliveries: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
    for (const count of counts) if (count.webhookId === webhook.id) deliveries[count.status] = count._count._all;
    return {
      id: webhook.id,
      url: webhook.url,
      description: webhook.description,
      active: webhook.active,
      createdAt: webhook.createdAt.toISOString(),
      secretHint: `whsec_…${webhook.secret.slice(-4)}`,
      deliveries,
    };
  });
}

export interface DeliveryRow {
  id: number;
  channel: OutboxChannel;
  topic: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  lastStatusCode: number | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string;
  /** Where it goes, in words: a webhook's address or a masked e-mail address. */
  target: string;
  /** The text of a message logged instead of sent (no SMTP server configured). */
  message: { subject: string; text: string } | null;
}

export interface DeliveryFilter {
  channel?: OutboxChannel;
  status?: OutboxStatus;
  /** Show deliveries older than this id (the previous page's last id). */
  before?: number;
  limit?: number;
}

/** The delivery log, newest first (admin; needs read:delivery:any). */
export async function listDeliveries(db: Database, filter: DeliveryFilter = {}): Promise<{ rows: DeliveryRow[]; nextBefore: number | null }> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const rows = await db.outbox.findMany({
    where: {
      channel: filter.channel,
      status: filter.status,
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
    include: { webhook: { select: { url: true } } },
  });
  const page = rows.slice(0, limit);
  const subscriberIds = [...new Set(page.flatMap((row) => (row.channel === "email" && row.recipient ? [row.recipient] : [])))];
  const subscribers = new Map(
    (await db.subscription.findMany({ where: { id: { in: subscriberIds } }, select: { id: true, email: true } })).map((row) => [
      row.id,
      maskAddress(row.email),
    ]),
  );
  return {
    rows: page.map((row) => {
      const email = row.channel === "email" ? emailPayloadSchema.safeParse(row.payload) : null;
      return {
        id: row.id,
        channel: row.channel,
        topic: row.topic,
        status: row.status,
        attempts: row.attempts,
        lastError: row.lastError,
        lastStatusCode: row.lastStatusCode,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
        nextAttemptAt: row.nextAttemptAt.toISOString(),
        target:
          row.channel === "webhook"
            ? (row.webhook?.url ?? "deleted webhook")
            : email?.success && email.data.kind === "suggestions"
              ? "an editor (new suggestions)"
              : (subscribers.get(row.recipient ?? "") ?? "unsubscribed reader"),
        message: email?.success ? (email.data.message ?? null) : null,
      };
    }),
    nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** How many deliveries have failed or are waiting, for the back office's warning banner. */
export async function deliveryHealth(db: Database): Promise<{ failed: number; pending: number }> {
  const [failed, pending] = await Promise.all([
    db.outbox.count({ where: { status: "failed" } }),
    db.outbox.count({ where: { status: "pending" } }),
  ]);
  return { failed, pending };
}

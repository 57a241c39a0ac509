import "server-only";

import { getConfig, siteUrl } from "@/lib/config";
import type { OutboundPolicy } from "@/lib/http/outbound";
import { db, type Database } from "@/lib/db/client";
import type { Outbox } from "@/lib/db/generated/client";
import { log } from "@/lib/log";

import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { deliverEmail, deliverWebhook, WEBHOOK_TIMEOUT_MS, type DeliveryDeps, type DeliveryOutcome } from "./deliver";
import { enqueueDueDigests } from "./digest";
import { purgeUnconfirmedSubscriptions } from "./housekeeping";
import { configuredMailer, type Mailer } from "./mailer";
import { describeError } from "./redact";
import { webhookPolicy } from "./webhook-policy";
import { enqueueDueWindowAlerts } from "./windows";

// The outbox worker. Every app instance runs one (started from instrumentation.ts). It claims
// one due row at a time with FOR UPDATE SKIP LOCKED and keeps the row locked, in that
// transaction, while it delivers:
// - two instances never hold the same row, so nothing is sent twice by two instances;
// - if an instance dies mid-delivery, its connection drops, PostgreSQL rolls the transaction
//   back and the row is pending again for any instance: nothing is lost. (A receiver may then
//   see a message twice, with the same webhook-id; Standard Webhooks receivers drop repeats.)
// See docs/decisions/0007-outbox-delivery.md.

export interface WorkerDeps {
  mailer: Mailer;
  outbound: OutboundPolicy;
  siteUrl: string;
  now: () => Date;
}

export type DeliveryResult = "idle" | "sent" | "skipped" | "retrying" | "failed";

// Longer than any single delivery (webhook timeout; SMTP has its own, shorter, timeouts).
const TRANSACTION_TIMEOUT_MS = WEBHOOK_TIMEOUT_MS + 20_000;

async function deliver(tx: Parameters<typeof deliverEmail>[0], row: Outbox, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  return row.channel === "email" ? deliverEmail(tx, row, deps) : deliverWebhook(tx, row, deps);
}

/** Claim and deliver the oldest due row, if any. */
export async function deliverNext(database: Database, deps: WorkerDeps): Promise<DeliveryResult> {
  const now = deps.now();
  return database.$transaction(
    async (tx) => {
      const [claimed] = await tx.$queryRaw<{ id: number }[]>`
        SELECT "id" FROM "Outbox"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!claimed) return "idle";
      const row = await tx.outbox.findUniqueOrThrow({ where: { id: claimed.id } });
      const outcome = await deliver(tx, row, { mailer: deps.mailer, outbound: deps.outbound, siteUrl: deps.siteUrl, now });
      const attempts = row.attempts + 1;
      const fields = { outboxId: row.id, channel: row.channel, topic: row.topic, attempts };

      if (outcome.kind === "skipped") {
        await tx.outbox.delete({ where: { id: row.id } });
        log("info", "outbox.skipped", { ...fields, reason: outcome.reason });
        return "skipped";
      }
      if (outcome.kind === "sent") {
        await tx.outbox.update({
          where: { id: row.id },
          data: { status: "sent", sentAt: now, attempts, lastError: null, lastStatusCode: outcome.statusCode ?? null, payload: outcome.payload },
        });
        log("info", row.channel === "email" && deps.mailer.mode === "log" ? "mail.logged" : "outbox.sent", fields);
        return "sent";
      }
      const giveUp = outcome.permanent || attempts >= MAX_ATTEMPTS;
      await tx.outbox.update({
        where: { id: row.id },
        data: {
          status: giveUp ? "failed" : "pending",
          attempts,
          lastError: outcome.error,
          lastStatusCode: outcome.statusCode ?? null,
          nextAttemptAt: giveUp ? row.nextAttemptAt : new Date(now.getTime() + retryDelayMs(attempts)),
        },
      });
      log(giveUp ? "warn" : "info", giveUp ? "outbox.failed" : "outbox.retry_scheduled", { ...fields, error: outcome.error });
      return giveUp ? "failed" : "retrying";
    },
    { maxWait: 10_000, timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/** Deliver due rows until none is left (or `limit` were handled); returns what happened to each. */
export async function drainOutbox(database: Database, deps: WorkerDeps, limit = 100): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  while (results.length < limit) {
    const result = await deliverNext(database, deps);
    if (result === "idle") break;
    results.push(result);
  }
  return results;
}

const POLL_MS = 2_000;
const DIGEST_CHECK_MS = 60_000;

const globalForWorker = globalThis as unknown as { policyTrackerOutboxWorker?: boolean };

/** Start this instance's worker (once per process); it polls until the process ends. */
export function startOutboxWorker(): void {
  if (globalForWorker.policyTrackerOutboxWorker) return;
  if (!getConfig().DATABASE_URL) {
    log("warn", "outbox.worker_not_started", { reason: "DATABASE_URL is not set" });
    return;
  }
  globalForWorker.policyTrackerOutboxWorker = true;
  const mailer = configuredMailer();
  const deps: WorkerDeps = { mailer, outbound: webhookPolicy(), siteUrl: siteUrl(), now: () => new Date() };
  let nextDigestCheck = 0;

  const tick = async () => {
    try {
      if (Date.now() >= nextDigestCheck) {
        nextDigestCheck = Date.now() + DIGEST_CHECK_MS;
        const queued = await enqueueDueDigests(db);
        if (queued > 0) log("info", "digest.queued", { count: queued });
        const windowAlerts = await enqueueDueWindowAlerts(db);
        if (windowAlerts > 0) log("info", "window_alerts.queued", { count: windowAlerts });
        const purged = await purgeUnconfirmedSubscriptions(db);
        if (purged > 0) log("info", "subscription.unconfirmed_purged", { count: purged });
      }
      await drainOutbox(db, deps);
    } catch (error) {
      // describeError drops addresses, which database errors can quote.
      log("error", "outbox.worker_error", { error: describeError(error) });
    } finally {
      // Unref'd: the worker never keeps a stopping process alive.
      setTimeout(() => void tick(), POLL_MS).unref();
    }
  };
  log("info", "outbox.worker_started", { mail: mailer.mode });
  void tick();
}

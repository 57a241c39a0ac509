import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { buildOpenApiDocument } from "@/lib/api/openapi";
import { webhookEventSchema } from "@/lib/api/schema";
import { OpenApiResponseValidator } from "@/lib/api/testing/openapi-validator";
import { resetConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { makeBill } from "@/prisma/seed/make-bill";

import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { resendDelivery } from "./commands/resend-delivery";
import { createWebhook } from "./commands/create-webhook";
import { deleteWebhook } from "./commands/delete-webhook";
import { setWebhookActive } from "./commands/set-webhook-active";
import { logMailer } from "./mailer";
import type { Actor } from "./policy";
import { listDeliveries, listWebhooks } from "./queries";
import { recordStatusChange } from "./testing/record-status-change";
import { startWebhookReceiver, type WebhookReceiver } from "./testing/webhook-receiver";
import { webhookPolicy } from "./webhook-policy";
import { drainOutbox, type WorkerDeps } from "./worker";

// Webhooks against a local HTTP receiver that verifies every signature with the standardwebhooks
// library. Only the clock (Date) is faked, so retries are due without waiting while sockets and
// timers stay real, and the receiver's timestamp check agrees with the worker's clock.

// The receivers listen on loopback, which production refuses (lib/http/outbound.ts).
vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "1");
resetConfig();

const deps = (): WorkerDeps => ({ mailer: logMailer, outbound: webhookPolicy(), siteUrl: "http://localhost:3000", now: () => new Date() });
let receiver: WebhookReceiver | undefined;
let admin: Actor;

function advance(ms: number) {
  vi.setSystemTime(Date.now() + ms);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date());
  await db.webhook.deleteMany();
  const user = await db.user.create({ data: { email: `admin-${Date.now()}-${Math.random()}@example.org`, role: "admin" } });
  admin = { id: user.id, role: "admin" };
});

afterEach(async () => {
  vi.useRealTimers();
  await receiver?.close();
  receiver = undefined;
});

async function register(respond?: (index: number) => number) {
  const created = await createWebhook(db, admin, { url: "http://127.0.0.1:1/placeholder", description: "Advocacy CRM" });
  if (!created.ok) throw new Error(created.error.message);
  receiver = await startWebhookReceiver({ secret: created.value.secret, respond });
  await db.webhook.update({ where: { id: created.value.id }, data: { url: receiver.url } });
  return created.value;
}

async function change(slug: string) {
  const bill = await makeBill({ slug, shortTitle: `Bill ${slug}` });
  return recordStatusChange(db, { kind: "recorded", billId: bill.id, stage: "reported", occurredOn: "2025-06-01", description: "Reported" });
}

describe("webhooks", () => {
  it("POST a signed JSON event that the standardwebhooks library verifies and the OpenAPI schema describes", async () => {
    await register();
    const { eventId, webhooks } = await change("signed-bill");
    expect(webhooks).toBe(1);
    expect(await drainOutbox(db, deps())).toEqual(["sent"]);
    expect(receiver!.accepted()).toHaveLength(1);
    const [delivery] = receiver!.deliveries;
    expect(delivery!.id).toBe(`msg_${eventId}_recorded`);
    // The body is what the OpenAPI document's webhooks section promises (checked by Ajv).
    const validator = new OpenApiResponseValidator(buildOpenApiDocument("http://localhost:3000"));
    expect(validator.checkComponent("WebhookEvent", JSON.parse(delivery!.body))).toEqual([]);
    const event = webhookEventSchema.parse(JSON.parse(delivery!.body));
    expect(event).toMatchObject({
      type: "statusEvent.recorded",
      data: { bill: { slug: "signed-bill", stage: "reported", path: "senate", stageLabel: "Reported by a Senate committee" }, event: { id: eventId, status: "effective" } },
    });
    const [row] = (await listDeliveries(db, { channel: "webhook" })).rows;
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastStatusCode: 204, target: receiver!.url });
  });

  it("retry with exponential backoff: a receiver that fails twice then succeeds gets exactly one accepted delivery", async () => {
    await register((index) => (index < 2 ? 503 : 200));
    await change("flaky-receiver");
    expect(await drainOutbox(db, deps())).toEqual(["retrying"]);
    // Not due yet: nothing is tried before the backoff has passed.
    expect(await drainOutbox(db, deps())).toEqual([]);
    advance(retryDelayMs(1));
    expect(await drainOutbox(db, deps())).toEqual(["retrying"]);
    advance(retryDelayMs(2) - 1000);
    expect(await drainOutbox(db, deps())).toEqual([]);
    advance(1000);
    expect(await drainOutbox(db, deps())).toEqual(["sent"]);
    expect(await drainOutbox(db, deps())).toEqual([]);

    expect(receiver!.deliveries.map((delivery) => delivery.status)).toEqual([503, 503, 200]);
    expect(receiver!.accepted()).toHaveLength(1);
    // Every attempt carried the same webhook-id, so a receiver can tell retries apart from news.
    expect(new Set(receiver!.deliveries.map((delivery) => delivery.id)).size).toBe(1);
    const [row] = (await listDeliveries(db, { channel: "webhook" })).rows;
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastStatusCode: 200, lastError: null });
  });

  it("stop after the attempt limit, show the failure to admins, and resend on request", async () => {
    let healthy = false;
    await register(() => (healthy ? 200 : 500));
    await change("down-receiver");
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      expect(await drainOutbox(db, deps())).toEqual([attempt < MAX_ATTEMPTS ? "retrying" : "failed"]);
      advance(retryDelayMs(attempt));
    }
    expect(await drainOutbox(db, deps())).toEqual([]);
    const failed = (await listDeliveries(db, { status: "failed" })).rows;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ attempts: MAX_ATTEMPTS, lastStatusCode: 500, lastError: "The receiver answered HTTP 500." });
    expect((await listWebhooks(db))[0]?.deliveries).toEqual({ pending: 0, sent: 0, failed: 1 });

    healthy = true;
    const editor: Actor = { id: admin.id, role: "editor" };
    expect(await resendDelivery(db, editor, { deliveryId: failed[0]!.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await resendDelivery(db, admin, { deliveryId: failed[0]!.id })).toEqual({ ok: true, value: { deliveryId: failed[0]!.id } });
    expect(await drainOutbox(db, deps())).toEqual(["sent"]);
    expect(receiver!.accepted()).toHaveLength(1);

    // Resending a delivered event adds a new delivery to the log, with the same webhook-id.
    const again = await resendDelivery(db, admin, { deliveryId: failed[0]!.id });
    expect(again.ok && again.value.deliveryId).not.toBe(failed[0]!.id);
    expect(await drainOutbox(db, deps())).toEqual(["sent"]);
    expect(receiver!.accepted().map((delivery) => delivery.id)).toEqual([receiver!.deliveries[0]!.id, receiver!.deliveries[0]!.id]);
    const audit = await db.auditLog.findMany({ where: { action: "delivery.resent" } });
    expect(audit).toHaveLength(2);
  });

  it("are managed by administrators only; switching one off stops its queued deliveries", async () => {
    const editor: Actor = { id: admin.id, role: "editor" };
    expect(await createWebhook(db, editor, { url: "https://example.org/hook" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await createWebhook(db, admin, { url: "ftp://example.org/hook" })).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { url: [expect.stringContaining("https://")] } },
    });
    expect(await createWebhook(db, admin, { url: "https://example.org/hook", secret: "not-a-secret" })).toMatchObject({
      ok: false,
      error: { fieldErrors: { secret: [expect.stringContaining("whsec_")] } },
    });

    const webhook = await register();
    await change("switched-off");
    expect(await setWebhookActive(db, admin, { id: webhook.id, active: false })).toEqual({ ok: true, value: { id: webhook.id, active: false } });
    expect(await drainOutbox(db, deps())).toEqual([]);
    expect(receiver!.deliveries).toHaveLength(0);
    expect((await listDeliveries(db, { status: "failed" })).rows[0]?.lastError).toBe("The webhook was switched off before this was delivered.");
    // A change while it is off queues nothing for it.
    expect((await change("while-off")).webhooks).toBe(0);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "webhook.created", entityId: webhook.id } });
    expect(JSON.stringify(audit)).not.toContain(webhook.secret);
    expect(await deleteWebhook(db, admin, { id: webhook.id })).toEqual({ ok: true, value: { id: webhook.id } });
    expect(await listWebhooks(db)).toEqual([]);
  });

  it("a wrong secret fails verification at the receiver and is retried, never accepted", async () => {
    const created = await createWebhook(db, admin, { url: "http://127.0.0.1:1/x" });
    if (!created.ok) throw new Error(created.error.message);
    receiver = await startWebhookReceiver({ secret: `whsec_${Buffer.from("a different secret of enough length").toString("base64")}` });
    await db.webhook.update({ where: { id: created.value.id }, data: { url: receiver.url } });
    await change("wrong-secret");
    expect(await drainOutbox(db, deps())).toEqual(["retrying"]);
    expect(receiver.deliveries).toMatchObject([{ verified: false, status: 401 }]);
    expect(receiver.accepted()).toHaveLength(0);
  });
});

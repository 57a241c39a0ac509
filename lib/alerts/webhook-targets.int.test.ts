import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { resetConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { makeBill } from "@/prisma/seed/make-bill";

import { createWebhook } from "./commands/create-webhook";
import { logMailer } from "./mailer";
import type { Actor } from "./policy";
import { listDeliveries } from "./queries";
import { recordStatusChange } from "./testing/record-status-change";
import { startWebhookReceiver, type WebhookReceiver } from "./testing/webhook-receiver";
import { webhookPolicy } from "./webhook-policy";
import { drainOutbox } from "./worker";

// Webhooks as production has them: WEBHOOKS_ALLOW_PRIVATE_ADDRESSES unset. The outside probe
// (issue 21, finding 3) registered loopback receivers and used the delivery log, "last answer
// 204" or ECONNREFUSED, as a port scanner.

beforeAll(() => {
  vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "");
  resetConfig();
});

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  await db.webhook.deleteMany();
});

async function admin(): Promise<Actor> {
  const user = await db.user.create({ data: { email: `admin-${Date.now()}-${Math.random()}@example.org`, role: "admin" } });
  return { id: user.id, role: "admin" };
}

describe("webhook targets in production", () => {
  it.each([
    "http://127.0.0.1:9123/hook",
    "http://localhost:9123/hook",
    "http://[::1]:9123/hook",
    "https://127.0.0.1/hook",
    "https://localhost/hook",
    "https://[::1]/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://169.254.169.254/latest/meta-data/",
    "https://10.0.0.1/hook",
    "https://[fd00::1]/hook",
    "https://0.0.0.0/hook",
    "https://hooks.example.org:6379/hook",
  ])("refuses to register %s, saying why", async (url) => {
    const result = await createWebhook(db, await admin(), { url });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { url: [expect.any(String)] } } });
    expect(await db.webhook.count()).toBe(0);
  });

  it("registers a public HTTPS address", async () => {
    expect(await createWebhook(db, await admin(), { url: "https://hooks.example.org/policy" })).toMatchObject({ ok: true });
  });

  it("posts nothing to a loopback receiver stored before, and tells the log only that it could not connect", async () => {
    receiver = await startWebhookReceiver({ secret: "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" });
    const closedPort = "http://127.0.0.1:1/hook";
    await db.webhook.create({ data: { url: receiver.url, secret: "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" } });
    await db.webhook.create({ data: { url: closedPort, secret: "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" } });
    const bill = await makeBill({ slug: "probe-webhook-bill" });
    await recordStatusChange(db, { kind: "recorded", billId: bill.id, stage: "reported", occurredOn: "2025-06-01", description: "Reported" });

    expect(await drainOutbox(db, { mailer: logMailer, outbound: webhookPolicy(), siteUrl: "http://localhost:3000", now: () => new Date() })).toEqual([
      "retrying",
      "retrying",
    ]);
    expect(receiver.deliveries).toHaveLength(0);
    const rows = (await listDeliveries(db, { channel: "webhook" })).rows;
    expect(rows.map((row) => [row.lastError, row.lastStatusCode])).toEqual([
      ["Could not connect to the receiver.", null],
      ["Could not connect to the receiver.", null],
    ]);
  });
});

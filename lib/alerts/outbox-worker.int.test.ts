import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { getConfig, resetConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { makeBill } from "@/prisma/seed/make-bill";

import { confirmSubscription } from "./commands/confirm-subscription";
import { subscribe } from "./commands/subscribe";
import { createWebhook } from "./commands/create-webhook";
import { logMailer } from "./mailer";
import { RolledBack, recordStatusChange } from "./testing/record-status-change";
import { startWebhookReceiver, type WebhookReceiver } from "./testing/webhook-receiver";
import { webhookPolicy } from "./webhook-policy";
import { deliverNext, drainOutbox, type WorkerDeps } from "./worker";

// The outbox's guarantees, on real PostgreSQL with two workers, each with its own connection
// pool, as two app instances would have.

// The webhook receiver listens on loopback, which production refuses (lib/http/outbound.ts).
vi.stubEnv("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "1");
resetConfig();

const deps: WorkerDeps = { mailer: logMailer, outbound: webhookPolicy(), siteUrl: "http://localhost:3000", now: () => new Date() };

function instance(name: string): PrismaClient {
  const url = new URL(getConfig().DATABASE_URL!); // set for every integration test file
  url.searchParams.set("application_name", name);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
}

let first: PrismaClient;
let second: PrismaClient;
let receiver: WebhookReceiver | undefined;

beforeAll(() => {
  first = instance("outbox-worker-a");
  second = instance("outbox-worker-b");
});

afterAll(async () => {
  await first.$disconnect();
  await second.$disconnect();
});

beforeEach(async () => {
  await db.outbox.deleteMany();
  await db.webhook.deleteMany();
  await db.subscription.deleteMany();
});

afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

async function webhookWith(options: Parameters<typeof startWebhookReceiver>[0] extends infer O ? Omit<O & object, "secret"> : never) {
  const user = await db.user.create({ data: { email: `admin-${Math.random()}@example.org`, role: "admin" } });
  const created = await createWebhook(db, { id: user.id, role: "admin" }, { url: "http://127.0.0.1:1/placeholder" });
  if (!created.ok) throw new Error(created.error.message);
  receiver = await startWebhookReceiver({ secret: created.value.secret, ...options });
  await db.webhook.update({ where: { id: created.value.id }, data: { url: receiver.url } });
}

async function changes(count: number) {
  const bill = await makeBill();
  for (let index = 0; index < count; index += 1) {
    await recordStatusChange(db, {
      kind: "recorded",
      billId: bill.id,
      stage: "referred",
      occurredOn: "2025-02-01",
      description: `Hearing ${index}`,
    });
  }
}

describe("the outbox", () => {
  it("sends nothing for a change that rolled back", async () => {
    await webhookWith({});
    const bill = await makeBill({ slug: "rolled-back" });
    await subscribe(db, { email: "rollback.reader@example.org", bill: "all", frequency: "immediate" });
    const pending = await db.outbox.findFirstOrThrow({ where: { topic: "subscription.confirm" } });
    await confirmSubscription(db, { token: (pending.payload as { token: string }).token });
    await db.outbox.deleteMany();

    await expect(
      recordStatusChange(
        db,
        { kind: "recorded", billId: bill.id, stage: "reported", occurredOn: "2025-03-01", description: "Reported" },
        { failAfterEnqueue: true },
      ),
    ).rejects.toBeInstanceOf(RolledBack);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.statusEvent.count({ where: { billId: bill.id, stage: "reported" } })).toBe(0);
    expect(await drainOutbox(first, deps)).toEqual([]);
    expect(receiver!.deliveries).toHaveLength(0);

    // The same change, committed, is announced to both the subscriber and the webhook.
    const committed = await recordStatusChange(db, {
      kind: "recorded",
      billId: bill.id,
      stage: "reported",
      occurredOn: "2025-03-01",
      description: "Reported",
    });
    expect(committed).toMatchObject({ emails: 1, webhooks: 1 });
  });

  it("never lets two workers deliver the same row: a row one worker holds is skipped by the other", async () => {
    const firstRequestHeld = deferred();
    const firstRequestArrived = deferred();
    await webhookWith({
      beforeAnswer: async (index) => {
        if (index === 0) {
          firstRequestArrived.resolve();
          await firstRequestHeld.promise;
        }
      },
    });
    await changes(12);

    const holding = deliverNext(first, deps);
    await firstRequestArrived.promise;
    // While the first worker is mid-delivery with its row locked, the second delivers the rest.
    const rest = await drainOutbox(second, deps);
    expect(rest).toEqual(Array(11).fill("sent"));
    firstRequestHeld.resolve();
    expect(await holding).toBe("sent");

    const ids = receiver!.deliveries.map((delivery) => delivery.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(await db.outbox.count({ where: { status: "sent", attempts: 1 } })).toBe(12);
  });

  it("never delivers a row twice when two workers drain the same queue at once", async () => {
    await webhookWith({ beforeAnswer: () => new Promise((resolve) => setTimeout(resolve, 20)) });
    await changes(30);
    const [a, b] = await Promise.all([drainOutbox(first, deps), drainOutbox(second, deps)]);
    expect([...a, ...b].filter((result) => result === "sent")).toHaveLength(30);
    const ids = receiver!.deliveries.map((delivery) => delivery.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(await db.outbox.count({ where: { status: "sent", attempts: 1 } })).toBe(30);
  });

  it("loses nothing when an instance dies mid-delivery: its row goes back to the queue", async () => {
    const held = deferred();
    const arrived = deferred();
    await webhookWith({
      beforeAnswer: async (index) => {
        if (index === 0) {
          arrived.resolve();
          await held.promise;
        }
      },
    });
    await changes(1);

    const dying = deliverNext(first, deps);
    await arrived.promise;
    // The instance's database connection goes away, as when its process is killed.
    const killed = await db.$queryRaw<{ pg_terminate_backend: boolean }[]>`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'outbox-worker-a' AND datname = current_database() AND state <> 'idle'`;
    expect(killed).toEqual([{ pg_terminate_backend: true }]);
    held.resolve();
    await expect(dying).rejects.toThrow();

    const row = await db.outbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(await drainOutbox(second, deps)).toEqual(["sent"]);
    expect(await db.outbox.findFirstOrThrow()).toMatchObject({ status: "sent", attempts: 1 });
    // The receiver saw the event twice under one webhook-id, which is how it can tell.
    expect(new Set(receiver!.deliveries.map((delivery) => delivery.id)).size).toBe(1);
  });
});

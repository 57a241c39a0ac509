import { createHash } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it, vi } from "vitest";

import { resetConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { queryRows } from "@/lib/db/pg-client";
import { scratchDatabases } from "@/lib/db/testing/test-database";
import { makeBill } from "@/prisma/seed/make-bill";

import { confirmSubscription } from "./commands/confirm-subscription";
import { subscribe } from "./commands/subscribe";
import { unsubscribe } from "./commands/unsubscribe";
import type { Mailer } from "./mailer";
import type { RenderedMessage } from "./messages";
import { findUnsubscription } from "./queries";
import { recordStatusChange } from "./testing/record-status-change";
import { drainOutbox } from "./worker";

// Issue 21, finding 10: unsubscribe tokens were stored as they are. Now the database keeps only
// their hashes, the links in e-mails already sent keep working (the migration hashed them), and
// so do links sent before AUTH_SECRET changes.

const sent: RenderedMessage[] = [];
const mailer: Mailer = {
  mode: "smtp",
  async send(_to, message) {
    sent.push(message);
  },
};
const deps = { mailer, outbound: { allowPrivateAddresses: false }, siteUrl: "https://tracker.example", now: () => new Date() };

function unsubscribeTokenIn(message: RenderedMessage): string {
  const match = /\/subscribe\/unsubscribe\?token=([A-Za-z0-9_-]{43})/.exec(message.text);
  expect(match, message.text).not.toBeNull();
  return match![1]!;
}

async function everythingStored(): Promise<string> {
  const [subscriptions, outbox, audit] = await Promise.all([db.subscription.findMany(), db.outbox.findMany(), db.auditLog.findMany()]);
  return JSON.stringify({ subscriptions, outbox, audit });
}

afterEach(() => {
  sent.length = 0;
  vi.unstubAllEnvs();
  resetConfig();
});

describe("unsubscribe tokens", () => {
  it("are stored only as hashes, and the link in every e-mail works", async () => {
    await makeBill({ slug: "hashed-token-bill" });
    const requested = await subscribe(db, { email: "hashed@example.org", bill: "all", frequency: "immediate" });
    if (!requested.ok) throw new Error(requested.error.message);
    await drainOutbox(db, deps);
    const confirmToken = /\/subscribe\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(sent[0]!.text)![1]!;
    expect((await confirmSubscription(db, { token: confirmToken })).ok).toBe(true);
    const bill = await db.bill.findUniqueOrThrow({ where: { slug: "hashed-token-bill" } });
    await recordStatusChange(db, { kind: "recorded", billId: bill.id, stage: "reported", occurredOn: "2025-06-01", description: "Reported" });
    await drainOutbox(db, deps);

    expect(sent.map((message) => message.subject)).toHaveLength(2);
    const tokens = new Set(sent.map(unsubscribeTokenIn));
    expect(tokens.size).toBe(1);
    const [token] = [...tokens];
    expect(await everythingStored()).not.toContain(token);
    expect(await findUnsubscription(db, token!)).toMatchObject({ frequency: "immediate" });
    expect(await unsubscribe(db, { token })).toEqual({ ok: true, value: { removed: true } });
  });

  it("in e-mails sent before AUTH_SECRET changed still work, and new e-mails carry a working one", async () => {
    vi.stubEnv("AUTH_SECRET", "a".repeat(40));
    resetConfig();
    const requested = await subscribe(db, { email: "rotated@example.org", bill: "all", frequency: "immediate" });
    if (!requested.ok) throw new Error(requested.error.message);
    await drainOutbox(db, deps);
    const before = unsubscribeTokenIn(sent[0]!);
    const confirmToken = /\/subscribe\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(sent[0]!.text)![1]!;
    expect((await confirmSubscription(db, { token: confirmToken })).ok).toBe(true);

    vi.stubEnv("AUTH_SECRET", "b".repeat(40));
    resetConfig();
    const bill = await makeBill();
    await recordStatusChange(db, { kind: "recorded", billId: bill.id, stage: "reported", occurredOn: "2025-06-01", description: "Reported" });
    await drainOutbox(db, deps);
    const after = unsubscribeTokenIn(sent[1]!);
    expect(after).not.toBe(before);
    expect(await findUnsubscription(db, before)).not.toBeNull();
    expect(await findUnsubscription(db, after)).not.toBeNull();
  });
});

describe("the migration that hashed them", () => {
  const scratch = scratchDatabases();

  it("keeps the links already sent working, and leaves no token in the table", async () => {
    const url = await scratch.fresh();
    const names = (await readMigrations()).map((migration) => migration.name);
    const hashing = names.indexOf("20261202110000_subscription_limits");
    await migrate(url, { only: names.slice(0, hashing) });
    const legacy = "L".repeat(43);
    await queryRows(
      url,
      `INSERT INTO "Subscription" ("id", "email", "frequency", "confirmedAt", "unsubscribeToken") VALUES ('legacy-1', 'Old.Reader+news@Example.org', 'immediate', now(), '${legacy}')`,
    );
    await migrate(url);

    const [row] = await queryRows<{ mailbox: string; hashes: string[]; everything: string }>(
      url,
      `SELECT "mailbox", "unsubscribeTokenHashes" AS hashes, row_to_json(s)::text AS everything FROM "Subscription" s`,
    );
    expect(row?.hashes).toEqual([createHash("sha256").update(legacy).digest("hex")]);
    expect(row?.everything).not.toContain(legacy);
    // As lib/alerts/mailbox.ts spells it.
    expect(row?.mailbox).toBe("oldreader@example.org");

    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      expect(await findUnsubscription(client, legacy)).toMatchObject({ frequency: "immediate" });
      expect(await unsubscribe(client, { token: legacy })).toEqual({ ok: true, value: { removed: true } });
    } finally {
      await client.$disconnect();
    }
  });
});

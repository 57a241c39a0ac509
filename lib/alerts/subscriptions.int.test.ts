import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeBill } from "@/prisma/seed/make-bill";

import { confirmSubscription } from "./commands/confirm-subscription";
import { REQUESTS_PER_ADDRESS_PER_HOUR, REQUESTS_PER_CLIENT_PER_HOUR, subscribe } from "./commands/subscribe";
import { unsubscribe } from "./commands/unsubscribe";
import { purgeUnconfirmedSubscriptions } from "./housekeeping";
import { findConfirmation, findUnsubscription, listSubscribableBills } from "./queries";
import { unsubscribeTokenFor } from "./unsubscribe-token";

// The subscription commands on their own: validation, limits, what is stored and audited.

async function tokenOf(subscriptionId: string): Promise<string> {
  const row = await db.outbox.findFirstOrThrow({ where: { recipient: subscriptionId, topic: "subscription.confirm" } });
  return (row.payload as { token: string }).token;
}

beforeEach(async () => {
  await db.outbox.deleteMany();
  await db.subscription.deleteMany();
});

describe("subscribe", () => {
  it("explains each wrong answer next to its field", async () => {
    const result = await subscribe(db, { email: "not an address", bill: "", frequency: "hourly" });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "validation",
        fieldErrors: {
          email: ["Enter an email address like name@example.org."],
          bill: ["Choose which bills to follow."],
          frequency: ["Choose how often you want emails."],
        },
      },
    });
  });

  it("accepts only public bills", async () => {
    await makeBill({ slug: "hidden-draft", state: "draft" });
    const result = await subscribe(db, { email: "a@example.org", bill: "hidden-draft", frequency: "immediate" });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { bill: ["Choose a bill from the list."] } } });
    expect((await listSubscribableBills(db)).map((bill) => bill.slug)).not.toContain("hidden-draft");
  });

  it("audits the request by subscription id, never by address, and stores only the token's hash", async () => {
    await makeBill({ slug: "audited-bill" });
    const result = await subscribe(db, { email: "private.person@example.org", bill: "audited-bill", frequency: "daily" });
    if (!result.ok) throw new Error(result.error.message);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "subscription.requested", entityId: result.value.subscriptionId } });
    expect(audit).toMatchObject({ entityType: "subscription", actorId: null, after: { bill: "audited-bill", frequency: "daily" } });
    expect(JSON.stringify(audit)).not.toContain("private.person");
    const token = await tokenOf(result.value.subscriptionId);
    const stored = await db.subscription.findUniqueOrThrow({ where: { id: result.value.subscriptionId } });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await findConfirmation(db, token)).toEqual({ frequency: "daily", bill: { slug: "audited-bill", shortTitle: expect.any(String) } });
  });

  it(`allows ${REQUESTS_PER_ADDRESS_PER_HOUR} requests per address per hour, then asks to wait`, async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    for (let index = 0; index < REQUESTS_PER_ADDRESS_PER_HOUR; index += 1) {
      expect((await subscribe(db, { email: "busy@example.org", bill: "all", frequency: "immediate" }, now)).ok).toBe(true);
    }
    const limited = await subscribe(db, { email: "BUSY@example.org", bill: "all", frequency: "immediate" }, now);
    expect(limited).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringContaining("try again in an hour") } });
    expect((await subscribe(db, { email: "other@example.org", bill: "all", frequency: "immediate" }, now)).ok).toBe(true);
    const later = new Date(now.getTime() + 61 * 60 * 1000);
    expect((await subscribe(db, { email: "busy@example.org", bill: "all", frequency: "immediate" }, later)).ok).toBe(true);
  });

  // Issue 21, finding 8: victim+1@…, victim+2@… each passed the per-address limit.
  it("counts plus-addressing and dots as one mailbox", async () => {
    const now = new Date("2026-03-02T10:00:00Z");
    for (const email of ["victim+1@example.org", "victim+2@example.org", "v.i.c.t.i.m@example.org"]) {
      expect((await subscribe(db, { email, bill: "all", frequency: "immediate" }, now)).ok).toBe(true);
    }
    expect(await subscribe(db, { email: "victim+3@example.org", bill: "all", frequency: "immediate" }, now)).toMatchObject({
      ok: false,
      error: { code: "rate_limited" },
    });
    // Alerts still go to the address as typed.
    expect((await db.subscription.findMany({ where: { mailbox: "victim@example.org" }, select: { email: true } })).map((row) => row.email).sort()).toEqual([
      "v.i.c.t.i.m@example.org",
      "victim+1@example.org",
      "victim+2@example.org",
    ]);
  });

  it(`allows one client ${REQUESTS_PER_CLIENT_PER_HOUR} sign-ups an hour, whatever the addresses, and others theirs`, async () => {
    const now = new Date("2026-03-03T10:00:00Z");
    for (let index = 0; index < REQUESTS_PER_CLIENT_PER_HOUR; index += 1) {
      expect((await subscribe(db, { email: `flood${index}@example.org`, bill: "all", frequency: "immediate" }, now, "203.0.113.7")).ok).toBe(true);
    }
    expect(await subscribe(db, { email: "one-more@example.org", bill: "all", frequency: "immediate" }, now, "203.0.113.7")).toMatchObject({
      ok: false,
      error: { code: "rate_limited" },
    });
    // An IPv6 client is counted by its /64, so a new address per request changes nothing.
    for (let index = 0; index < REQUESTS_PER_CLIENT_PER_HOUR; index += 1) {
      await subscribe(db, { email: `six${index}@example.org`, bill: "all", frequency: "immediate" }, now, `2001:db8:7:7::${index + 1}`);
    }
    expect(await subscribe(db, { email: "six-more@example.org", bill: "all", frequency: "immediate" }, now, "2001:db8:7:7::ff")).toMatchObject({
      ok: false,
      error: { code: "rate_limited" },
    });
    expect((await subscribe(db, { email: "neighbour@example.org", bill: "all", frequency: "immediate" }, now, "203.0.113.8")).ok).toBe(true);
    // Only a keyed hash of who asked is kept.
    expect(JSON.stringify(await db.subscription.findMany())).not.toContain("203.0.113");
  });
});

describe("confirmSubscription", () => {
  it("works once, within seven days", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const first = await subscribe(db, { email: "late@example.org", bill: "all", frequency: "immediate" }, now);
    if (!first.ok) throw new Error(first.error.message);
    const token = await tokenOf(first.value.subscriptionId);
    const eightDaysLater = new Date(now.getTime() + 8 * 24 * 60 * 60 * 1000);
    expect(await confirmSubscription(db, { token }, eightDaysLater)).toMatchObject({ ok: false, error: { code: "expired" } });
    expect((await confirmSubscription(db, { token }, now)).ok).toBe(true);
    expect(await confirmSubscription(db, { token }, now)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await confirmSubscription(db, { token: "short" })).toMatchObject({ ok: false, error: { code: "validation" } });
  });

  it("replaces the address's earlier subscription to the same bills, so asking again changes the frequency", async () => {
    const immediate = await subscribe(db, { email: "switcher@example.org", bill: "all", frequency: "immediate" });
    if (!immediate.ok) throw new Error(immediate.error.message);
    await confirmSubscription(db, { token: await tokenOf(immediate.value.subscriptionId) });
    const daily = await subscribe(db, { email: "switcher@example.org", bill: "all", frequency: "daily" });
    if (!daily.ok) throw new Error(daily.error.message);
    await confirmSubscription(db, { token: await tokenOf(daily.value.subscriptionId) });
    const remaining = await db.subscription.findMany({ where: { email: "switcher@example.org" } });
    expect(remaining).toEqual([expect.objectContaining({ id: daily.value.subscriptionId, frequency: "daily" })]);
  });
});

describe("unsubscribe", () => {
  it("deletes the subscription with its address and queued mail, and is safe to repeat", async () => {
    const result = await subscribe(db, { email: "leaver@example.org", bill: "all", frequency: "immediate" });
    if (!result.ok) throw new Error(result.error.message);
    // The token its e-mails carry; the database holds only its hash.
    const unsubscribeToken = unsubscribeTokenFor(result.value.subscriptionId);
    expect(await findUnsubscription(db, unsubscribeToken)).toEqual({ bill: null, frequency: "immediate" });
    expect(await unsubscribe(db, { token: unsubscribeToken })).toEqual({ ok: true, value: { removed: true } });
    expect(await db.subscription.count({ where: { email: "leaver@example.org" } })).toBe(0);
    expect(await db.outbox.count({ where: { recipient: result.value.subscriptionId, status: "pending" } })).toBe(0);
    expect(await unsubscribe(db, { token: unsubscribeToken })).toEqual({ ok: true, value: { removed: false } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "subscription.cancelled", entityId: result.value.subscriptionId } });
    expect(JSON.stringify(audit)).not.toContain("leaver");
  });
});

it("forgets addresses that were never confirmed once their link has expired", async () => {
  const now = new Date("2026-03-01T10:00:00Z");
  await subscribe(db, { email: "never.confirmed@example.org", bill: "all", frequency: "immediate" }, now);
  expect(await purgeUnconfirmedSubscriptions(db, new Date(now.getTime() + 6 * 24 * 60 * 60 * 1000))).toBe(0);
  expect(await purgeUnconfirmedSubscriptions(db, new Date(now.getTime() + 8 * 24 * 60 * 60 * 1000))).toBe(1);
  expect(await db.subscription.count({ where: { email: "never.confirmed@example.org" } })).toBe(0);
});

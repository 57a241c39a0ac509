import { readFileSync } from "node:fs";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { importTextVersion } from "@/lib/bill-text/commands/import-version";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { confirmSubscription } from "./commands/confirm-subscription";
import { subscribe } from "./commands/subscribe";
import { enqueueDueDigests } from "./digest";
import { logMailer } from "./mailer";
import { listDeliveries } from "./queries";
import { recordStatusChange } from "./testing/record-status-change";
import { drainOutbox } from "./worker";

// Daily digests come from a due-check the worker runs; there is no job server. Times are passed
// in explicitly. With no SMTP server the message is logged and kept for administrators, which is
// where these tests read it.

const HOUR = 60 * 60 * 1000;
const start = new Date("2026-04-01T08:00:00Z");
const at = (hours: number) => new Date(start.getTime() + hours * HOUR);
const deps = (now: Date) => ({ mailer: logMailer, outbound: { allowPrivateAddresses: false }, siteUrl: "http://localhost:3000", now: () => now });

async function dailyReader(email: string, bill: string) {
  const requested = await subscribe(db, { email, bill, frequency: "daily" }, start);
  if (!requested.ok) throw new Error(requested.error.message);
  const row = await db.outbox.findFirstOrThrow({ where: { recipient: requested.value.subscriptionId } });
  await confirmSubscription(db, { token: (row.payload as { token: string }).token }, start);
  await drainOutbox(db, deps(start));
}

let other: PrismaClient | undefined;

beforeEach(async () => {
  await db.outbox.deleteMany();
  await db.subscription.deleteMany();
});

afterAll(async () => {
  await other?.$disconnect();
});

describe("daily digests", () => {
  it("come once a day, only when something public changed, listing every change", async () => {
    const bill = await makeBill({ slug: "digest-bill", shortTitle: "Digest Bill" });
    await dailyReader("daily.reader@example.org", "digest-bill");

    const change = await recordStatusChange(
      db,
      { kind: "recorded", billId: bill.id, stage: "reported", occurredOn: "2026-03-30", description: "Reported with amendments" },
      { now: at(2) },
    );
    expect(change.emails).toBe(0);
    await recordStatusChange(db, { kind: "retracted", eventId: change.eventId, reason: "Wrong bill." }, { now: at(3) });

    expect(await enqueueDueDigests(db, at(23))).toBe(0);
    expect(await enqueueDueDigests(db, at(24))).toBe(1);
    expect(await enqueueDueDigests(db, at(24))).toBe(0);
    expect(await drainOutbox(db, deps(at(24)))).toEqual(["sent"]);

    const [digest] = (await listDeliveries(db, { channel: "email" })).rows;
    expect(digest).toMatchObject({ topic: "digest.daily", status: "sent", target: "d…@example.org" });
    expect(digest!.message?.subject).toBe("Policy Tracker daily summary: 2 changes");
    expect(digest!.message?.text).toContain("New · Digest Bill");
    expect(digest!.message?.text).toContain("Withdrawn · Digest Bill");
    expect(digest!.message?.text).toContain("/subscribe/unsubscribe?token=");

    // A quiet day sends nothing, and the next digest starts from the last one.
    expect(await enqueueDueDigests(db, at(48))).toBe(0);
    await recordStatusChange(
      db,
      { kind: "recorded", billId: bill.id, stage: "passed", occurredOn: "2026-04-03", description: "Passed Senate" },
      { now: at(50) },
    );
    expect(await enqueueDueDigests(db, at(60))).toBe(0);
    expect(await enqueueDueDigests(db, at(72))).toBe(1);
  });

  it("follow the subscription's bill, and are queued once even when two instances check at the same time", async () => {
    await makeBill({ slug: "followed-bill" });
    const ignored = await makeBill({ slug: "ignored-bill" });
    await dailyReader("follows.one@example.org", "followed-bill");
    for (let index = 0; index < 5; index += 1) await dailyReader(`everything.${index}@example.org`, "all");

    await recordStatusChange(
      db,
      { kind: "recorded", billId: ignored.id, stage: "reported", occurredOn: "2026-03-30", description: "Reported" },
      { now: at(1) },
    );
    other = new PrismaClient({ adapter: new PrismaPg({ connectionString: getConfig().DATABASE_URL! }) }); // set for integration tests
    const queued = await Promise.all([enqueueDueDigests(db, at(25)), enqueueDueDigests(other, at(25))]);
    expect(queued[0] + queued[1]).toBe(5);
    expect(await db.outbox.count({ where: { topic: "digest.daily" } })).toBe(5);
  });

  it("list new versions of a bill's text with their change summary, but not a replacement file nor a draft's text", async () => {
    const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "..", "bill-text", "fixtures", name), "utf8");
    await makeBill({ slug: "digest-text-bill", shortTitle: "Digest Text Act", state: "published" });
    await makeBill({ slug: "digest-text-draft", shortTitle: "Hidden Text Act", state: "draft" });
    await dailyReader("text.daily@example.org", "all");
    // Confirmed two days ago, so the digest covers today's imports and none of April's status changes above.
    await db.subscription.updateMany({ data: { confirmedAt: new Date(Date.now() - 48 * HOUR) } });
    const editor = await makeUser("editor");
    const load = async (billSlug: string, code: string, raw: string, replace = false) => {
      const result = await importTextVersion(editor.principal, { billSlug, code, raw, versionDate: code === "is" ? "2025-03-04" : "2025-06-10", replace });
      if (!result.ok) throw new Error(result.error.message);
    };
    const reported = fixture("fixture-act-rs.xml");
    await load("digest-text-bill", "is", fixture("fixture-act-is.xml"));
    await load("digest-text-bill", "rs", reported);
    await load("digest-text-draft", "is", fixture("fixture-act-is.xml"));

    // The imports happen now: the clock is not passed to them.
    const now = new Date(Date.now() + 60_000);
    expect(await enqueueDueDigests(db, now)).toBe(1);
    expect(await drainOutbox(db, deps(now))).toEqual(["sent"]);
    const [digest] = (await listDeliveries(db, { channel: "email" })).rows.filter((row) => row.topic === "digest.daily");
    // makeBill's own status events, recorded now, are in the digest too; the text entries are what is checked here.
    expect(digest!.message?.text.match(/^New text · /gm)).toHaveLength(2);
    expect(digest!.message?.text).toContain(
      "New text · Digest Text Act\nReported in Senate, dated 10 June 2025\nCompared with Introduced in Senate: 2 sections changed, 1 added, 2 renumbered.\n" +
        "See what changed: http://localhost:3000/bills/digest-text-bill/text/compare?from=is&to=rs\nRead it in full: http://localhost:3000/bills/digest-text-bill/text/rs",
    );
    expect(digest!.message?.text).toContain("New text · Digest Text Act\nIntroduced in Senate, dated 4 March 2025\nIt is the first version of this bill's text on the tracker.");
    expect(digest!.message?.text).not.toContain("Hidden Text Act");

    // A replacement file after that digest is not news.
    const sent = new Date();
    await db.subscription.updateMany({ data: { lastDigestAt: sent } });
    await load("digest-text-bill", "rs", reported.replace("</legis-body>", " </legis-body>"), true);
    expect(await enqueueDueDigests(db, new Date(sent.getTime() + 25 * HOUR))).toBe(0);
  });
});

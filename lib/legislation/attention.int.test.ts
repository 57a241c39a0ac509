import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { needsAttention, type AttentionGroup } from "./attention";

const now = new Date("2026-12-10T12:00:00Z");
const official = "https://www.congress.gov/bill/119th-congress/senate-bill/1829/all-actions";

function texts(groups: AttentionGroup[], id: AttentionGroup["id"], mark: string): string[] {
  return (groups.find((group) => group.id === id)?.items ?? []).filter((item) => item.text.includes(mark)).map((item) => item.text);
}

describe("needsAttention", () => {
  it("lists bills gone quiet for six months, still before their legislature, and not the others", async () => {
    const mark = `Quiet ${Date.now().toString(36)}`;
    const quiet = await makeBill({
      shortTitle: `${mark} A`,
      events: [{ occurredOn: "2025-12-11", stage: "reported", chamber: "senate", description: "Reported by the Committee on the Judiciary." }],
    });
    await makeBill({ shortTitle: `${mark} B`, events: [{ occurredOn: "2026-11-01", stage: "introduced", chamber: "senate", description: "Introduced" }] });
    await makeBill({
      shortTitle: `${mark} law`,
      events: [
        { occurredOn: "2025-04-28", stage: "passed", chamber: "house", description: "Passed" },
        { occurredOn: "2025-05-19", stage: "signed", path: "final", chamber: "president", description: "Became Public Law" },
      ],
    });
    const groups = await needsAttention(db, { now, admin: false, limit: 10_000 });
    expect(texts(groups, "quiet", mark)).toEqual([`${mark} A: nothing recorded since 11 December 2025`]);
    const item = groups.find((group) => group.id === "quiet")?.items.find((entry) => entry.text.startsWith(`${mark} A`));
    expect(item?.href).toBe(`/admin/bills/${quiet.id}/history`);
  });

  it("counts standing entries backed only by a secondary source, not those corrected or retracted", async () => {
    const mark = `Secondary ${Date.now().toString(36)}`;
    await makeBill({
      shortTitle: mark,
      events: [
        { occurredOn: "2026-11-01", stage: "introduced", chamber: "senate", description: "Introduced", sourceUrl: "https://news.example.org/a", sourceKind: "secondary" },
        { occurredOn: "2026-11-02", stage: "referred", chamber: "senate", description: "Referred", sourceUrl: official, sourceKind: "official" },
        { occurredOn: "2026-11-03", stage: "reported", chamber: "senate", description: "Reported", sourceUrl: "https://news.example.org/b", sourceKind: "secondary" },
      ],
    });
    const bill = await db.bill.findFirstOrThrow({ where: { shortTitle: mark }, include: { events: { orderBy: { occurredOn: "asc" } } } });
    expect(texts(await needsAttention(db, { now, admin: false, limit: 10_000 }), "secondary", mark)).toEqual([`${mark}: 2 entries cite only a secondary source`]);
    await db.statusEvent.update({ where: { id: bill.events[2]?.id ?? "" }, data: { retractedAt: now, retractionReason: "Wrong bill." } });
    expect(texts(await needsAttention(db, { now, admin: false, limit: 10_000 }), "secondary", mark)).toEqual([`${mark}: 1 entry cites only a secondary source`]);
  });

  it("lists facts not checked for more than 30 days, and key dates in the next 30, the end of the Congress among them", async () => {
    const mark = `Checked ${Date.now().toString(36)}`;
    await makeBill({ shortTitle: `${mark} old`, verifiedOn: "2026-10-01" });
    await makeBill({ shortTitle: `${mark} new`, verifiedOn: "2026-12-01", keyDates: [{ date: "2026-12-20", title: `${mark} hearing`, sourceUrl: official }, { date: "2027-02-01", title: `${mark} later`, sourceUrl: official }] });
    const groups = await needsAttention(db, { now, admin: false, limit: 10_000 });
    expect(texts(groups, "unverified", mark)).toEqual([`${mark} old: facts last checked on 1 October 2026`]);
    const kept = (groups: AttentionGroup[]) => texts(groups, "keyDates", mark).filter((text) => !text.includes("End of the"));
    expect(kept(groups)).toEqual([`20 December 2026: ${mark} hearing (${mark} new)`]);
    // The end of the Congress is one line for every bill it ends, whichever bills those are.
    const ends = groups.find((group) => group.id === "keyDates")?.items.filter((item) => item.text.startsWith("3 January 2027: End of the 119th Congress, with "));
    expect(ends).toHaveLength(1);
    expect(ends?.[0]?.text).toMatch(/ not yet law$/);
    // A week earlier, the end of the Congress is more than 30 days away.
    const earlier = await needsAttention(db, { now: new Date("2026-12-01T12:00:00Z"), admin: false, limit: 10_000 });
    expect(kept(earlier)).toEqual([`20 December 2026: ${mark} hearing (${mark} new)`]);
    expect(earlier.find((group) => group.id === "keyDates")?.items.some((item) => item.text.includes("End of the 119th Congress"))).toBe(false);
    // Past the limit, the rest are counted with a link to them all.
    const short = (await needsAttention(db, { now, admin: false, limit: 1 })).find((group) => group.id === "keyDates");
    expect(short?.items).toHaveLength(1);
    expect(short?.more).toEqual({ count: expect.any(Number), href: "/admin/key-dates" });
    expect(short?.more?.count).toBeGreaterThanOrEqual(1);
  });

  it("lists figures with no link to the publication they come from", async () => {
    const mark = `Figure ${Date.now().toString(36)}`;
    const bare = await db.statistic.create({ data: { label: `${mark} bare`, value: "1", period: "2025", sourceName: "NCMEC, 2025" } });
    await db.statistic.create({ data: { label: `${mark} linked`, value: "2", period: "2025", sourceName: "NCMEC, 2025", sourceUrl: "https://reports.example.org/2025" } });
    const groups = await needsAttention(db, { now, admin: false, limit: 10_000 });
    expect(texts(groups, "unlinked", mark)).toEqual([`${mark} bare (NCMEC, 2025): no link to the publication`]);
    expect(groups.find((group) => group.id === "unlinked")?.items.find((item) => item.text.startsWith(`${mark} bare`))?.href).toBe(`/admin/statistics/${bare.id}`);
  });

  it("shows administrators the invitations not yet accepted and failed deliveries, and editors only suggestions", async () => {
    const admin = await makeUser("admin");
    await db.userToken.create({ data: { kind: "invite", tokenHash: `attention-${Date.now()}`, email: "invited@example.org", role: "editor", createdById: admin.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    const forAdmin = await needsAttention(db, { admin: true });
    expect(forAdmin.find((group) => group.id === "queues")?.items.map((item) => item.href)).toContain("/admin/users");
    const forEditor = await needsAttention(db, { admin: false, limit: 10_000 });
    expect(forEditor.find((group) => group.id === "queues")?.items.map((item) => item.href) ?? []).not.toContain("/admin/users");
  });
});

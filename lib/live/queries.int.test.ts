import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeBill } from "@/prisma/seed/make-bill";

import { findPublicBill, latestAuditId, listPublicChangesAfter } from "./queries";

// Audit rows as the commands write them: "entity.verb" actions naming the entity's id.
async function audit(action: string, entityId: string): Promise<number> {
  const row = await db.auditLog.create({ data: { action, entityType: action.split(".")[0] ?? "", entityId } });
  return row.id;
}

async function firstEventOf(billId: string): Promise<string> {
  const event = await db.statusEvent.findFirstOrThrow({ where: { billId }, select: { id: true } });
  return event.id;
}

describe("listPublicChangesAfter (what a reconnecting browser missed)", () => {
  it("lists changes to public bills after the given id, oldest first, and never a draft's", async () => {
    const published = await makeBill({ slug: "catch-up-public", shortTitle: "Public Act" });
    const draft = await makeBill({ slug: "catch-up-draft", shortTitle: "Secret Draft Act", state: "draft" });
    const start = await latestAuditId(db);

    const recorded = await audit("statusEvent.recorded", await firstEventOf(published.id));
    await audit("statusEvent.recorded", await firstEventOf(draft.id));
    await audit("bill.updated", draft.id);
    const updated = await audit("bill.updated", published.id);

    const changes = await listPublicChangesAfter(db, start);
    expect(changes).toEqual([
      { id: recorded, kind: "statusEvent.recorded", slug: "catch-up-public", title: "Public Act", eventId: await firstEventOf(published.id) },
      { id: updated, kind: "bill.updated", slug: "catch-up-public", title: "Public Act" },
    ]);
    expect(JSON.stringify(changes)).not.toContain("catch-up-draft");
    expect(JSON.stringify(changes)).not.toContain("Secret Draft Act");
  });

  it("includes a scheduled bill only once its time has come", async () => {
    const scheduled = await makeBill({ slug: "catch-up-scheduled", state: "scheduled" });
    await db.bill.update({ where: { id: scheduled.id }, data: { publishAt: new Date("2030-01-01T00:00:00Z") } });
    const start = await latestAuditId(db);
    await audit("bill.updated", scheduled.id);
    expect(await listPublicChangesAfter(db, start, { now: new Date("2029-12-31T23:00:00Z") })).toEqual([]);
    expect(await listPublicChangesAfter(db, start, { now: new Date("2030-01-01T01:00:00Z") })).toHaveLength(1);
  });

  it("finds the bill of a key date change, and leaves out changes that are not about a bill", async () => {
    const bill = await makeBill({ slug: "catch-up-key-date", keyDates: [{ date: "2026-05-19", title: "Platforms must comply", sourceUrl: "https://example.org" }] });
    const keyDate = await db.keyDate.findFirstOrThrow({ where: { billId: bill.id } });
    const start = await latestAuditId(db);
    await audit("user.invited", "someone");
    await audit("statistic.updated", "stat-1");
    const keyDateChange = await audit("keyDate.updated", keyDate.id);
    expect((await listPublicChangesAfter(db, start)).map((change) => [change.id, change.slug])).toEqual([[keyDateChange, "catch-up-key-date"]]);
  });

  it("keeps the most recent changes when there are more than the limit", async () => {
    const bill = await makeBill({ slug: "catch-up-many" });
    const start = await latestAuditId(db);
    const ids: number[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await audit("bill.updated", bill.id));
    expect((await listPublicChangesAfter(db, start, { limit: 3 })).map((change) => change.id)).toEqual(ids.slice(2));
  });

  it("names nothing when a bill of a change has since been unpublished", async () => {
    const bill = await makeBill({ slug: "catch-up-withdrawn" });
    const start = await latestAuditId(db);
    await audit("bill.updated", bill.id);
    await db.bill.update({ where: { id: bill.id }, data: { state: "draft" } });
    await audit("bill.unpublished", bill.id);
    expect(await listPublicChangesAfter(db, start)).toEqual([]);
  });
});

describe("findPublicBill", () => {
  it("names a public bill and nothing for a draft or an unknown slug", async () => {
    await makeBill({ slug: "find-public", shortTitle: "Findable Act" });
    await makeBill({ slug: "find-draft", state: "draft" });
    expect(await findPublicBill(db, "find-public")).toEqual({ slug: "find-public", title: "Findable Act" });
    expect(await findPublicBill(db, "find-draft")).toBeNull();
    expect(await findPublicBill(db, "no-such-bill")).toBeNull();
  });
});

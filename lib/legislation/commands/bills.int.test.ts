import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { billSnapshot } from "@/lib/legislation/snapshot";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { createBill } from "./create-bill";
import { deleteBill } from "./delete-bill";
import { publishBill } from "./publish-bill";
import { recordStatusEvent } from "./record-status-event";
import { correctStatusEvent } from "./correct-status-event";
import { restoreRevision } from "./restore-revision";
import { scheduleBill } from "./schedule-bill";
import { unpublishBill } from "./unpublish-bill";
import { updateBill } from "./update-bill";

async function editor() {
  return (await makeUser("editor")).principal;
}

async function formOf(billId: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { id: billId } });
  return { ...billSnapshot(bill), id: bill.id, version: bill.version };
}

describe("createBill", () => {
  it("creates a draft with its first revision, from form-shaped input", async () => {
    const result = await createBill(await editor(), {
      slug: "  New-Act ",
      shortTitle: "New Act",
      title: "The New Act",
      jurisdiction: "uk",
      session: "2024–26 session",
      numbers: "HL Bill 12\n\n HL Bill 13 ",
      officialLinks: "Bill page | https://bills.parliament.uk/bills/1\nExplanatory notes|https://bills.parliament.uk/notes",
      verifiedOn: "",
      longTitle: "",
    });
    expect(result.ok).toBe(true);
    const bill = await db.bill.findUniqueOrThrow({ where: { slug: "new-act" }, include: { revisions: true } });
    expect(bill).toMatchObject({
      state: "draft",
      version: 1,
      numbers: ["HL Bill 12", "HL Bill 13"],
      longTitle: null,
      verifiedOn: null,
      officialLinks: [
        { label: "Bill page", url: "https://bills.parliament.uk/bills/1" },
        { label: "Explanatory notes", url: "https://bills.parliament.uk/notes" },
      ],
    });
    expect(bill.revisions.map((revision) => revision.version)).toEqual([1]);
  });

  it("puts each problem next to its field and names the line of a bad link", async () => {
    const result = await createBill(await editor(), {
      slug: "Bad Slug!",
      shortTitle: "",
      title: "T",
      jurisdiction: "fr",
      session: "x",
      officialLinks: "Good | https://example.org\njust a label | javascript:alert(1)",
      verifiedOn: "2999-01-01",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual(["jurisdiction", "officialLinks", "shortTitle", "slug", "verifiedOn"]);
    expect(result.error.fieldErrors?.officialLinks?.[0]).toMatch(/^Line 2: Enter a full web address/);
    expect(result.error.fieldErrors?.verifiedOn).toEqual(["The date cannot be in the future."]);
  });

  it("refuses an address another bill already uses", async () => {
    const existing = await makeBill();
    const result = await createBill(await editor(), {
      slug: existing.slug,
      shortTitle: "Copy",
      title: "Copy",
      jurisdiction: "us",
      session: "119th Congress",
    });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { slug: [expect.stringMatching(/already uses this address/)] } } });
  });
});

describe("updateBill", () => {
  it("saves a new version with a revision and expires the old and new addresses of a published bill", async () => {
    const bill = await makeBill({ state: "published" });
    const result = await updateBill(await editor(), { ...(await formOf(bill.id)), slug: "renamed-act", summary: "**New** summary" });
    expect(result).toMatchObject({
      ok: true,
      value: { version: 2, changed: true, revalidate: ["bills", `bill:${bill.slug}`, "bill:renamed-act"] },
    });
    expect(await db.billRevision.count({ where: { billId: bill.id } })).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: bill.id, action: "bill.updated" } });
    expect(audit.before).toMatchObject({ slug: bill.slug });
    expect(audit.after).toMatchObject({ slug: "renamed-act", summary: "**New** summary" });
  });

  it("writes nothing when the form holds no change", async () => {
    const bill = await makeBill();
    const result = await updateBill(await editor(), await formOf(bill.id));
    expect(result).toMatchObject({ ok: true, value: { changed: false, version: 1 } });
    expect(await db.auditLog.count({ where: { entityId: bill.id } })).toBe(0);
  });

  it("refuses to save over a newer version, returning their change and the version it started from", async () => {
    const bill = await makeBill({ summary: "Original summary" });
    const first = await makeUser("editor");
    const loadedByBoth = await formOf(bill.id);
    expect(await updateBill(first.principal, { ...loadedByBoth, summary: "Their summary" })).toMatchObject({ ok: true });

    const second = await updateBill(await editor(), { ...loadedByBoth, shortTitle: "My title" });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe("conflict");
    expect(second.error.details).toMatchObject({
      currentVersion: 2,
      theirs: { summary: "Their summary" },
      base: { summary: "Original summary" },
      changedBy: first.email,
    });
    const stored = await db.bill.findUniqueOrThrow({ where: { id: bill.id } });
    expect(stored).toMatchObject({ shortTitle: bill.shortTitle, summary: "Their summary", version: 2 });
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const bill = await makeBill();
    const form = await formOf(bill.id);
    const results = await Promise.all([
      updateBill(await editor(), { ...form, title: "Version A" }),
      updateBill(await editor(), { ...form, title: "Version B" }),
    ]);
    expect(results.map((result) => (result.ok ? "ok" : result.error.code)).sort()).toEqual(["conflict", "ok"]);
    expect(await db.billRevision.count({ where: { billId: bill.id } })).toBe(2);
  });

  it("refuses moving a bill with history to another legislature", async () => {
    const bill = await makeBill({ jurisdiction: "us" });
    const result = await updateBill(await editor(), { ...(await formOf(bill.id)), jurisdiction: "uk" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { jurisdiction: [expect.any(String)] } } });
  });
});

describe("publication", () => {
  it("publishes, unpublishes and schedules, each as a revision, expiring public caches only when needed", async () => {
    const bill = await makeBill({ state: "draft" });
    const principal = await editor();
    const published = await publishBill(principal, { id: bill.id, version: 1 });
    expect(published).toMatchObject({ ok: true, value: { version: 2, revalidate: ["bills", `bill:${bill.slug}`] } });
    const unpublished = await unpublishBill(principal, { id: bill.id, version: 2 });
    expect(unpublished).toMatchObject({ ok: true, value: { version: 3, revalidate: ["bills", `bill:${bill.slug}`] } });
    const scheduled = await scheduleBill(principal, { id: bill.id, version: 3, publishAt: "2099-06-01T08:30" });
    expect(scheduled).toMatchObject({ ok: true, value: { version: 4 } });
    const stored = await db.bill.findUniqueOrThrow({ where: { id: bill.id } });
    expect(stored.state).toBe("scheduled");
    expect(stored.publishAt?.toISOString()).toBe("2099-06-01T08:30:00.000Z");
    const actions = await db.auditLog.findMany({ where: { entityId: bill.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["bill.published", "bill.unpublished", "bill.scheduled"]);
    expect(await db.billRevision.count({ where: { billId: bill.id } })).toBe(4);
  });

  it("refuses to schedule a bill the public can already see", async () => {
    const bill = await makeBill({ state: "published" });
    const result = await scheduleBill(await editor(), { id: bill.id, version: 1, publishAt: "2099-01-01T00:00" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", message: expect.stringMatching(/Unpublish it first/) } });
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).state).toBe("published");
  });

  it("refuses a publication time in the past", async () => {
    const bill = await makeBill({ state: "draft" });
    const result = await scheduleBill(await editor(), { id: bill.id, version: 1, publishAt: "2020-01-01T00:00" });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { publishAt: [expect.stringMatching(/future/)] } } });
  });

  it("refuses publishing from a stale version", async () => {
    const bill = await makeBill({ state: "draft" });
    await db.bill.update({ where: { id: bill.id }, data: { version: 5 } });
    const result = await publishBill(await editor(), { id: bill.id, version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).state).toBe("draft");
  });
});

describe("deleteBill", () => {
  it("deletes a draft with a corrected history, keeping an audit row", async () => {
    const admin = (await makeUser("admin")).principal;
    const bill = await makeBill({ state: "draft" });
    const event = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
    const corrected = await correctStatusEvent(admin, {
      eventId: event.id,
      step: "senate:introduced",
      occurredOn: "2025-01-11",
      description: "Introduced",
      sourceUrl: "https://example.org/x",
      sourceKind: "official",
      note: "Date fixed.",
    });
    expect(corrected.ok).toBe(true);
    const result = await deleteBill(admin, { id: bill.id, version: 1 });
    expect(result).toMatchObject({ ok: true, value: { revalidate: [] } });
    expect(await db.bill.findUnique({ where: { id: bill.id } })).toBeNull();
    expect(await db.auditLog.findFirst({ where: { entityId: bill.id, action: "bill.deleted" } })).not.toBeNull();
  });

  it("refuses to delete a published bill", async () => {
    const bill = await makeBill({ state: "published" });
    const result = await deleteBill((await makeUser("admin")).principal, { id: bill.id, version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", message: "Unpublish this bill before deleting it." } });
  });
});

describe("restoreRevision", () => {
  it("brings back an earlier revision's fields as a new version, leaving publication alone", async () => {
    const principal = await editor();
    const bill = await makeBill({ state: "draft", summary: "First words" });
    await updateBill(principal, { ...(await formOf(bill.id)), summary: "Second words", topics: "Online safety" });
    await publishBill(principal, { id: bill.id, version: 2 });

    const result = await restoreRevision(principal, { id: bill.id, version: 3, revision: 1 });
    expect(result).toMatchObject({ ok: true, value: { version: 4 } });
    const stored = await db.bill.findUniqueOrThrow({ where: { id: bill.id } });
    expect(stored).toMatchObject({ summary: "First words", topics: [], state: "published" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: bill.id, action: "bill.restored" } });
    expect(audit.after).toMatchObject({ restoredFrom: 1, summary: "First words" });
  });
});

describe("status history on a draft", () => {
  it("records events on drafts without expiring any public cache", async () => {
    const bill = await makeBill({ state: "draft" });
    const result = await recordStatusEvent(await editor(), {
      billId: bill.id,
      step: "senate:referred",
      occurredOn: "2025-02-01",
      description: "Referred",
      sourceUrl: "https://example.org/x",
      sourceKind: "official",
    });
    expect(result).toMatchObject({ ok: true, value: { revalidate: [] } });
  });
});

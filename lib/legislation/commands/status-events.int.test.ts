import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { LIVE_CHANNEL } from "@/lib/live/notify";
import { makeUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { correctStatusEvent } from "./correct-status-event";
import { recordStatusEvent } from "./record-status-event";
import { retractStatusEvent } from "./retract-status-event";

const source = { sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions", sourceKind: "official" };

async function editor() {
  return (await makeUser("editor")).principal;
}

async function stageOf(billId: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { id: billId } });
  return { currentStage: bill.currentStage, lastEventOn: bill.lastEventOn?.toISOString().slice(0, 10) ?? null };
}

describe("recordStatusEvent", () => {
  it("records a sourced event and moves the bill's current stage", async () => {
    const bill = await makeBill({ state: "published" });
    const result = await recordStatusEvent(await editor(), {
      billId: bill.id,
      stage: "passed_one_chamber",
      occurredOn: "2025-02-13",
      chamber: "senate",
      description: "Passed Senate without amendment by Unanimous Consent.",
      vote: "Unanimous consent",
      note: "",
      archiveUrl: "",
      ...source,
    });
    expect(result).toMatchObject({ ok: true, value: { revalidate: ["bills", `bill:${bill.slug}`] } });
    expect(await stageOf(bill.id)).toEqual({ currentStage: "passed_one_chamber", lastEventOn: "2025-02-13" });
    const event = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id, stage: "passed_one_chamber" } });
    expect(event).toMatchObject({ vote: "Unanimous consent", note: null, archiveUrl: null, chamber: "senate" });
  });

  it.each([
    ["a date in the future", { occurredOn: "2999-01-01" }, "occurredOn", /cannot be in the future/],
    ["a day that does not exist", { occurredOn: "2025-02-30" }, "occurredOn", /real date/],
    ["a stage of another legislature", { stage: "royal_assent" }, "stage", /this bill's legislature/],
    ["a chamber of another legislature", { chamber: "lords" }, "chamber", /chamber of this legislature/],
    ["a javascript: source", { sourceUrl: "javascript:alert(1)" }, "sourceUrl", /https:\/\//],
    ["an ftp: source", { sourceUrl: "ftp://example.org/file" }, "sourceUrl", /https:\/\//],
    ["no source", { sourceUrl: "" }, "sourceUrl", /web address of the source/],
  ])("refuses %s", async (_name, override, field, message) => {
    const bill = await makeBill();
    const result = await recordStatusEvent(await editor(), {
      billId: bill.id,
      stage: "in_committee",
      occurredOn: "2025-02-01",
      description: "Referred",
      ...source,
      ...override,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fieldErrors?.[field]?.[0]).toMatch(message);
    expect(await db.statusEvent.count({ where: { billId: bill.id } })).toBe(1);
  });

  it("accepts today in the legislature's own time zone", async () => {
    const bill = await makeBill();
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
    const result = await recordStatusEvent(await editor(), { billId: bill.id, stage: "in_committee", occurredOn: today, description: "Referred", ...source });
    expect(result.ok).toBe(true);
  });

  it("asks for confirmation before recording a stage earlier than the current one", async () => {
    const bill = await makeBill({ events: [{ occurredOn: "2025-02-13", stage: "passed_one_chamber" }] });
    const input = { billId: bill.id, stage: "reported", occurredOn: "2025-04-08", description: "Reported by House committee", ...source };
    const refused = await recordStatusEvent(await editor(), input);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { confirmOutOfOrder: [expect.stringMatching(/already at "Passed one chamber"/)] } },
    });
    const confirmed = await recordStatusEvent(await editor(), { ...input, confirmOutOfOrder: "on" });
    expect(confirmed.ok).toBe(true);
    expect((await stageOf(bill.id)).currentStage).toBe("passed_one_chamber");
  });

  it("asks for confirmation before recording a step dated before an earlier one", async () => {
    const bill = await makeBill({ events: [{ occurredOn: "2025-05-21", stage: "introduced" }] });
    const input = { billId: bill.id, stage: "passed_one_chamber", occurredOn: "2025-02-13", description: "Passed Senate", ...source };
    expect(await recordStatusEvent(await editor(), input)).toMatchObject({
      ok: false,
      error: { fieldErrors: { confirmOutOfOrder: [expect.stringMatching(/dated before "Introduced" \(21 May 2025\)/)] } },
    });
    expect(await recordStatusEvent(await editor(), { ...input, confirmOutOfOrder: "yes" })).toMatchObject({ ok: true });
  });
});

describe("correctStatusEvent", () => {
  it("adds a correction that supersedes the event, keeping both", async () => {
    const bill = await makeBill({ events: [{ occurredOn: "2025-02-10", stage: "passed_one_chamber", description: "Passed (wrong date)" }] });
    const original = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
    const result = await correctStatusEvent(await editor(), {
      eventId: original.id,
      stage: "passed_one_chamber",
      occurredOn: "2025-02-13",
      description: "Passed Senate without amendment by Unanimous Consent.",
      note: "The Senate passed it on 13 February, not 10 February.",
      ...source,
    });
    expect(result.ok).toBe(true);
    const events = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { createdAt: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ correctsId: original.id, note: "The Senate passed it on 13 February, not 10 February." });
    expect(await stageOf(bill.id)).toEqual({ currentStage: "passed_one_chamber", lastEventOn: "2025-02-13" });
  });

  it("requires a note saying what was wrong, whether the field is missing or left blank", async () => {
    const bill = await makeBill();
    const original = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
    const input = { eventId: original.id, stage: "introduced", occurredOn: "2025-01-11", description: "Introduced", ...source };
    for (const note of [undefined, "", "   "]) {
      const result = await correctStatusEvent(await editor(), { ...input, note });
      expect(result).toMatchObject({ ok: false, error: { fieldErrors: { note: [expect.stringMatching(/what was wrong/)] } } });
    }
  });

  it("lets only one of two simultaneous corrections through", async () => {
    const bill = await makeBill();
    const original = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
    const input = { eventId: original.id, stage: "introduced", occurredOn: "2025-01-11", description: "Introduced", note: "Date.", ...source };
    const results = await Promise.all([correctStatusEvent(await editor(), input), correctStatusEvent(await editor(), input)]);
    expect(results.map((result) => (result.ok ? "ok" : result.error.code)).sort()).toEqual(["conflict", "ok"]);
  });
});

describe("retractStatusEvent", () => {
  it("marks the event retracted with its reason, and the stage falls back", async () => {
    const bill = await makeBill({
      events: [
        { occurredOn: "2025-01-10", stage: "introduced" },
        { occurredOn: "2025-03-01", stage: "enacted", description: "Signed (wrong bill)" },
      ],
    });
    const wrong = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id, stage: "enacted" } });
    const principal = await makeUser("editor");
    const result = await retractStatusEvent(principal.principal, { eventId: wrong.id, reason: "Recorded against the wrong bill." });
    expect(result.ok).toBe(true);
    expect(await db.statusEvent.findUniqueOrThrow({ where: { id: wrong.id } })).toMatchObject({
      retractionReason: "Recorded against the wrong bill.",
      retractedById: principal.id,
    });
    expect(await stageOf(bill.id)).toEqual({ currentStage: "introduced", lastEventOn: "2025-01-10" });
    const again = await retractStatusEvent(principal.principal, { eventId: wrong.id, reason: "Again" });
    expect(again).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("requires a reason, and refuses retracting an event that was corrected", async () => {
    const bill = await makeBill();
    const original = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
    expect(await retractStatusEvent(await editor(), { eventId: original.id, reason: " " })).toMatchObject({
      ok: false,
      error: { fieldErrors: { reason: [expect.any(String)] } },
    });
    await correctStatusEvent(await editor(), {
      eventId: original.id,
      stage: "introduced",
      occurredOn: "2025-01-11",
      description: "Introduced",
      note: "Date.",
      ...source,
    });
    expect(await retractStatusEvent(await editor(), { eventId: original.id, reason: "Wrong" })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Retract the correction instead/) },
    });
  });
});

describe("change notices", () => {
  let listener: pg.Client;
  const received: { kind: string; slug?: string; auditId: number }[] = [];

  beforeAll(async () => {
    listener = new pg.Client({ connectionString: getConfig().DATABASE_URL });
    await listener.connect();
    listener.on("notification", (message) => received.push(JSON.parse(message.payload ?? "{}")));
    await listener.query(`LISTEN ${LIVE_CHANNEL}`);
  });
  afterAll(() => listener.end());

  it("announces changes to public bills with their audit id, and never a draft's", async () => {
    const published = await makeBill({ state: "published" });
    const draft = await makeBill({ state: "draft" });
    // The draft first: notifications arrive in commit order, so once the published bill's
    // notice is in, a notice for the draft would already have arrived.
    for (const bill of [draft, published]) {
      const result = await recordStatusEvent(await editor(), { billId: bill.id, stage: "in_committee", occurredOn: "2025-02-01", description: "Referred", ...source });
      expect(result.ok).toBe(true);
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "statusEvent.recorded", after: { path: ["billId"], equals: published.id } } });
    await vi.waitFor(() =>
      expect(received).toContainEqual(expect.objectContaining({ kind: "statusEvent.recorded", slug: published.slug, auditId: audit.id })),
    );
    expect(received.some((notice) => notice.slug === draft.slug)).toBe(false);
  });
});

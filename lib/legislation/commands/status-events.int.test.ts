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
      stage: "passed",
      occurredOn: "2025-02-13",
      chamber: "senate",
      description: "Passed Senate without amendment by Unanimous Consent.",
      vote: "Unanimous consent",
      note: "",
      archiveUrl: "",
      ...source,
    });
    expect(result).toMatchObject({ ok: true, value: { revalidate: ["bills", `bill:${bill.slug}`] } });
    expect(await stageOf(bill.id)).toEqual({ currentStage: "passed", lastEventOn: "2025-02-13" });
    const event = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id, stage: "passed" } });
    expect(event).toMatchObject({ path: "senate", vote: "Unanimous consent", note: null, archiveUrl: null, chamber: "senate", attemptFailed: false });
  });

  it.each([
    ["a date in the future", { occurredOn: "2999-01-01" }, "occurredOn", /cannot be in the future/],
    ["a day that does not exist", { occurredOn: "2025-02-30" }, "occurredOn", /real date/],
    ["a step of another legislature", { step: "final:royal_assent" }, "step", /step of the United States Congress/],
    ["a step whose chamber's path is not said", { step: "passed" }, "step", /which chamber's path/],
    ["a chamber off the step's path", { chamber: "house" }, "chamber", /Senate path/],
    ["a number that is not the bill's", { billNumber: "H.R.1" }, "billNumber", /bill's numbers/],
    ["a chamber of another legislature", { chamber: "lords" }, "chamber", /chamber of this legislature/],
    ["a javascript: source", { sourceUrl: "javascript:alert(1)" }, "sourceUrl", /https:\/\//],
    ["an ftp: source", { sourceUrl: "ftp://example.org/file" }, "sourceUrl", /https:\/\//],
    ["no source", { sourceUrl: "" }, "sourceUrl", /web address of the source/],
  ])("refuses %s", async (_name, override, field, message) => {
    const bill = await makeBill();
    const result = await recordStatusEvent(await editor(), {
      billId: bill.id,
      step: "senate:referred",
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
    const result = await recordStatusEvent(await editor(), { billId: bill.id, step: "senate:referred", occurredOn: today, description: "Referred", ...source });
    expect(result.ok).toBe(true);
  });

  it("records a House committee's report after the Senate passed the bill, with no confirmation", async () => {
    const bill = await makeBill({ numbers: ["S.1", "H.R.2"], events: [{ occurredOn: "2025-02-13", stage: "passed", chamber: "senate" }] });
    const result = await recordStatusEvent(await editor(), {
      billId: bill.id,
      step: "house:reported",
      billNumber: "H.R.2",
      body: "House Committee on Energy and Commerce",
      occurredOn: "2025-04-08",
      description: "Ordered to be reported by the Committee on Energy and Commerce.",
      ...source,
    });
    expect(result.ok).toBe(true);
    expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ currentPath: "senate", currentStage: "passed", phase: "legislature" });
  });

  it("asks for confirmation before recording a step dated after a later step of the same path", async () => {
    const bill = await makeBill({ events: [{ occurredOn: "2025-02-13", stage: "passed", chamber: "senate" }] });
    const input = { billId: bill.id, step: "senate:reported", occurredOn: "2025-04-08", description: "Reported by the Senate committee", ...source };
    const refused = await recordStatusEvent(await editor(), input);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { confirmOutOfOrder: [expect.stringMatching(/dated after "Passed the Senate" \(13 February 2025\)/)] } },
    });
    const confirmed = await recordStatusEvent(await editor(), { ...input, confirmOutOfOrder: "on" });
    expect(confirmed.ok).toBe(true);
    expect((await stageOf(bill.id)).currentStage).toBe("passed");
  });

  it("asks for confirmation before recording a vote dated before the introduction in that chamber", async () => {
    const bill = await makeBill({ events: [{ occurredOn: "2025-05-21", stage: "introduced", chamber: "senate" }] });
    const input = { billId: bill.id, stage: "passed", chamber: "senate", occurredOn: "2025-02-13", description: "Passed Senate", ...source };
    expect(await recordStatusEvent(await editor(), input)).toMatchObject({
      ok: false,
      error: { fieldErrors: { confirmOutOfOrder: [expect.stringMatching(/dated before "Introduced in the Senate" \(21 May 2025\)/)] } },
    });
    expect(await recordStatusEvent(await editor(), { ...input, confirmOutOfOrder: "yes" })).toMatchObject({ ok: true });
  });

  it("records a failed attempt in the history without moving the bill", async () => {
    const bill = await makeBill({ events: [{ occurredOn: "2025-06-26", stage: "reported", chamber: "senate" }] });
    const result = await recordStatusEvent(await editor(), {
      billId: bill.id,
      step: "senate:passed",
      attemptFailed: "yes",
      occurredOn: "2025-12-10",
      description: "Unanimous consent to pass the bill was asked; a senator objected.",
      ...source,
    });
    expect(result.ok).toBe(true);
    expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ currentStage: "reported", phase: "legislature" });
    expect(await db.statusEvent.count({ where: { billId: bill.id, attemptFailed: true } })).toBe(1);
  });

  it("records life after enactment and the bill's phase follows", async () => {
    const bill = await makeBill({ events: [{ occurredOn: "2025-05-19", stage: "signed" }] });
    for (const [step, body] of [["after:in_force", null], ["after:enforcement_begins", "Federal Trade Commission"]] as const) {
      const result = await recordStatusEvent(await editor(), { billId: bill.id, step, body, occurredOn: "2026-05-19", description: "After enactment", ...source });
      expect(result.ok).toBe(true);
    }
    expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ currentStage: "signed", phase: "enforced" });
    const early = await recordStatusEvent(await editor(), { billId: bill.id, step: "after:amended", occurredOn: "2025-01-01", description: "Amended", ...source });
    expect(early).toMatchObject({ ok: false, error: { fieldErrors: { confirmOutOfOrder: [expect.stringMatching(/before the bill became law/)] } } });
  });
});

describe("recordStatusEvent and an entry already in the history", () => {
  it("asks before recording the same date, step and description again, and records it once confirmed", async () => {
    const bill = await makeBill({ state: "published" });
    const input = { billId: bill.id, step: "senate:referred", occurredOn: "2026-01-06", description: "Referred to the Committee on the Judiciary.", ...source };
    expect((await recordStatusEvent(await editor(), input)).ok).toBe(true);

    const twin = await recordStatusEvent(await editor(), { ...input, description: "  referred to the committee on the judiciary. " });
    expect(twin).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { confirmDuplicate: [expect.stringContaining("the event of 6 January 2026")] } },
    });
    expect(await db.statusEvent.count({ where: { billId: bill.id, stage: "referred" } })).toBe(1);

    expect((await recordStatusEvent(await editor(), { ...input, confirmDuplicate: "yes" })).ok).toBe(true);
    expect(await db.statusEvent.count({ where: { billId: bill.id, stage: "referred" } })).toBe(2);
  });

  it("does not ask when the look-alike was retracted, or differs in date or wording", async () => {
    const bill = await makeBill({ state: "published" });
    const input = { billId: bill.id, step: "senate:referred", occurredOn: "2026-01-06", description: "Referred.", ...source };
    const first = await recordStatusEvent(await editor(), input);
    if (!first.ok) throw new Error(first.error.message);
    expect((await recordStatusEvent(await editor(), { ...input, occurredOn: "2026-01-07" })).ok).toBe(true);
    expect((await recordStatusEvent(await editor(), { ...input, description: "Referred again, after a motion." })).ok).toBe(true);
    expect((await retractStatusEvent(await editor(), { eventId: first.value.eventId, reason: "Recorded in error." })).ok).toBe(true);
    expect((await recordStatusEvent(await editor(), input)).ok).toBe(true);
  });
});

describe("correctStatusEvent", () => {
  it("adds a correction that supersedes the event, keeping both", async () => {
    const bill = await makeBill({ events: [{ occurredOn: "2025-02-10", stage: "passed", chamber: "senate", description: "Passed (wrong date)" }] });
    const original = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
    const result = await correctStatusEvent(await editor(), {
      eventId: original.id,
      step: "senate:passed",
      occurredOn: "2025-02-13",
      description: "Passed Senate without amendment by Unanimous Consent.",
      note: "The Senate passed it on 13 February, not 10 February.",
      ...source,
    });
    expect(result.ok).toBe(true);
    const events = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { createdAt: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ correctsId: original.id, note: "The Senate passed it on 13 February, not 10 February." });
    expect(await stageOf(bill.id)).toEqual({ currentStage: "passed", lastEventOn: "2025-02-13" });
  });

  it("requires a note saying what was wrong, whether the field is missing or left blank", async () => {
    const bill = await makeBill();
    const original = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
    const input = { eventId: original.id, step: "senate:introduced", occurredOn: "2025-01-11", description: "Introduced", ...source };
    for (const note of [undefined, "", "   "]) {
      const result = await correctStatusEvent(await editor(), { ...input, note });
      expect(result).toMatchObject({ ok: false, error: { fieldErrors: { note: [expect.stringMatching(/what was wrong/)] } } });
    }
  });

  it("lets only one of two simultaneous corrections through", async () => {
    const bill = await makeBill();
    const original = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
    const input = { eventId: original.id, step: "senate:introduced", occurredOn: "2025-01-11", description: "Introduced", note: "Date.", ...source };
    const results = await Promise.all([correctStatusEvent(await editor(), input), correctStatusEvent(await editor(), input)]);
    expect(results.map((result) => (result.ok ? "ok" : result.error.code)).sort()).toEqual(["conflict", "ok"]);
  });
});

describe("retractStatusEvent", () => {
  it("marks the event retracted with its reason, and the stage falls back", async () => {
    const bill = await makeBill({
      events: [
        { occurredOn: "2025-01-10", stage: "introduced", chamber: "senate" },
        { occurredOn: "2025-03-01", stage: "signed", description: "Signed (wrong bill)" },
      ],
    });
    const wrong = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id, stage: "signed" } });
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
      step: "senate:introduced",
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
      const result = await recordStatusEvent(await editor(), { billId: bill.id, step: "senate:referred", occurredOn: "2025-02-01", description: "Referred", ...source });
      expect(result.ok).toBe(true);
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "statusEvent.recorded", after: { path: ["billId"], equals: published.id } } });
    await vi.waitFor(() =>
      expect(received).toContainEqual(expect.objectContaining({ kind: "statusEvent.recorded", slug: published.slug, auditId: audit.id })),
    );
    expect(received.some((notice) => notice.slug === draft.slug)).toBe(false);
  });
});

import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser, type TestUser } from "@/lib/testing/users";
import { makeBill } from "@/prisma/seed/make-bill";

import { acceptSuggestion } from "./accept-suggestion";
import { dismissSuggestion } from "./dismiss-suggestion";

// Accepting and dismissing suggestions: the step goes through the same transaction as a
// recorded one (audit, stage, alerts), the decision is audited, and a suggestion is decided once.

let editor: TestUser;
let billId: string;
let suggestionId: string;

const SOURCE = "https://www.congress.gov/bill/119th-congress/senate-bill/3021/all-actions";

/** The record form as the inbox prefills it from the suggestion. */
const prefilled = () => ({
  suggestionId,
  billId,
  step: "house:referred",
  occurredOn: "2026-01-12",
  chamber: "house",
  billNumber: "S.3021",
  body: "House Committee on the Judiciary",
  description: "Referred to the House Committee on the Judiciary.",
  sourceUrl: SOURCE,
  sourceKind: "official",
});

beforeEach(async () => {
  editor = await makeUser("editor");
  const bill = await makeBill({
    numbers: ["S.3021", "H.R.4831"],
    events: [
      { occurredOn: "2025-12-16", path: "senate", stage: "passed", chamber: "senate", description: "Passed Senate without amendment by Unanimous Consent." },
      { occurredOn: "2025-12-17", path: "house", stage: "received", chamber: "house", description: "Received in the House." },
    ],
  });
  billId = bill.id;
  const email = `reader-${Math.random().toString(36).slice(2, 10)}@example.org`;
  await db.subscription.create({ data: { email, mailbox: email, billId, confirmedAt: new Date(), unsubscribeTokenHashes: [] } });
  suggestionId = (
    await db.suggestion.create({
      data: {
        billId,
        itemKey: `congress:S.3021:2026-01-12:H11100:2:${Math.random()}`,
        path: "house",
        stage: "referred",
        chamber: "house",
        body: "House Committee on the Judiciary",
        billNumber: "S.3021",
        occurredOn: new Date("2026-01-12T00:00:00Z"),
        description: "Referred to the House Committee on the Judiciary.",
        sourceUrl: SOURCE,
      },
    })
  ).id;
});

describe("accepting a suggestion", () => {
  it("records the step with its official source, alerts subscribers and audits both", async () => {
    const result = await acceptSuggestion(editor.principal, prefilled());
    if (!result.ok) throw new Error(result.error.message);
    const event = await db.statusEvent.findUniqueOrThrow({ where: { id: result.value.eventId } });
    expect(event).toMatchObject({ billId, path: "house", stage: "referred", sourceKind: "official", sourceUrl: SOURCE, recordedById: editor.id, body: "House Committee on the Judiciary" });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: suggestionId } })).toMatchObject({ state: "accepted", eventId: event.id, decidedById: editor.id });
    expect((await db.bill.findUniqueOrThrow({ where: { id: billId }, select: { lastEventOn: true } })).lastEventOn).toEqual(new Date("2026-01-12T00:00:00Z"));
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [event.id, suggestionId] } }, select: { action: true } });
    expect(audit.map((row) => row.action).sort()).toEqual(["statusEvent.recorded", "suggestion.accepted"]);
    expect(await db.outbox.count({ where: { channel: "email", payload: { path: ["eventId"], equals: event.id } } })).toBe(1);
    expect(result.value.revalidate.length).toBeGreaterThan(0);
  });

  it("records what the editor changed before accepting", async () => {
    const result = await acceptSuggestion(editor.principal, { ...prefilled(), step: "house:reported", note: "Checked against the House Clerk's page." });
    if (!result.ok) throw new Error(result.error.message);
    expect(await db.statusEvent.findUniqueOrThrow({ where: { id: result.value.eventId } })).toMatchObject({ stage: "reported", note: "Checked against the House Clerk's page." });
  });

  it("keeps the suggestion waiting when the form does not validate", async () => {
    const result = await acceptSuggestion(editor.principal, { ...prefilled(), description: "" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation" } });
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: suggestionId } })).state).toBe("new");
    expect(await db.statusEvent.count({ where: { billId } })).toBe(2);
  });

  it("is refused once the suggestion was decided, naming who decided it", async () => {
    expect((await acceptSuggestion(editor.principal, prefilled())).ok).toBe(true);
    const again = await acceptSuggestion(editor.principal, prefilled());
    expect(again).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(!again.ok && again.error.message).toContain(`already accepted by ${editor.email}`);
    expect(await dismissSuggestion(editor.principal, { suggestionId, reason: "Duplicate." })).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await db.statusEvent.count({ where: { billId } })).toBe(3);
  });
});

describe("dismissing a suggestion", () => {
  it("needs a reason, and audits it", async () => {
    expect(await dismissSuggestion(editor.principal, { suggestionId, reason: " " })).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { reason: [expect.any(String)] } } });
    expect(await dismissSuggestion(editor.principal, { suggestionId, reason: "The referral is recorded under H.R.4831." })).toEqual({ ok: true, value: { id: suggestionId } });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: suggestionId } })).toMatchObject({ state: "dismissed", dismissReason: "The referral is recorded under H.R.4831.", decidedById: editor.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: suggestionId, action: "suggestion.dismissed" } });
    expect(audit.after).toMatchObject({ state: "dismissed", dismissReason: "The referral is recorded under H.R.4831." });
    expect(await db.statusEvent.count({ where: { billId } })).toBe(2);
  });
});

import { describe, expect, it } from "vitest";

import { auditActionLabel, auditBillId, describeAudit, fieldLabel } from "./describe";

const enforce = { shortTitle: "ENFORCE Act", jurisdiction: "us" };
const event = { billId: "b1", path: "senate", stage: "passed", chamber: "senate", occurredOn: "2026-01-06", attemptFailed: false };

function read(sentence: { verb: string; object: string; rest: string }): string {
  return [sentence.verb, sentence.object].filter(Boolean).join(" ") + sentence.rest;
}

describe("describeAudit", () => {
  it("tells a retraction with the entry's date and step, the bill's title and the reason", () => {
    const row = {
      action: "statusEvent.retracted",
      entityType: "statusEvent",
      entityId: "e1",
      before: { ...event, retractionReason: null },
      after: { ...event, retractedAt: "2026-11-02T11:45:00.000Z", retractionReason: "It was the House, not the Senate." },
    };
    expect(read(describeAudit(row, enforce))).toBe(
      "retracted the entry of 6 January 2026 (Passed the Senate) on the ENFORCE Act, because “It was the House, not the Senate.”",
    );
  });

  it("tells a correction by the entry it corrected and the note that says why", () => {
    const row = {
      action: "statusEvent.corrected",
      entityType: "statusEvent",
      entityId: "e2",
      before: event,
      after: { ...event, occurredOn: "2026-01-07", note: "The vote was on 7 January." },
    };
    expect(read(describeAudit(row, enforce))).toBe("corrected the entry of 6 January 2026 (Passed the Senate) on the ENFORCE Act, because “The vote was on 7 January.”");
  });

  it("names the fields an edit changed in words, never the stored names", () => {
    const row = {
      action: "bill.updated",
      entityType: "bill",
      entityId: "b1",
      before: { shortTitle: "ENFORCE Act", summary: "Old", verifiedOn: "2026-01-01", version: 3 },
      after: { shortTitle: "ENFORCE Act", summary: "New", verifiedOn: "2026-11-30", version: 4 },
    };
    expect(read(describeAudit(row, enforce))).toBe("edited ENFORCE Act: changed the summary and date the facts were checked");
  });

  it("says who was invited, with which role, and a suggestion dismissed with its reason", () => {
    expect(read(describeAudit({ action: "user.invited", entityType: "user", entityId: "maya@example.org", before: null, after: { email: "maya@example.org", role: "editor" } }, null))).toBe(
      "invited maya@example.org as an editor",
    );
    const suggestion = { billId: "b1", description: "Read twice and referred to the Committee on the Judiciary.", occurredOn: "2026-11-01" };
    expect(
      read(describeAudit({ action: "suggestion.dismissed", entityType: "suggestion", entityId: "s1", before: suggestion, after: { ...suggestion, dismissReason: "Already recorded." } }, enforce)),
    ).toBe("dismissed the suggestion “Read twice and referred to the Committee on the Judiciary.” on the ENFORCE Act, because “Already recorded.”");
  });

  it("tells an advocate's position with its stance, day and bill", () => {
    const position = { billId: "b1", organisationId: "o1", stance: "support_if_amended", statedOn: "2026-03-02", statement: "…" };
    expect(read(describeAudit({ action: "position.recorded", entityType: "position", entityId: "p1", before: null, after: position }, enforce))).toBe(
      "recorded a position (support if amended) of 2 March 2026 on the ENFORCE Act",
    );
  });

  it("tells a text version imported or replaced by its official name and code", () => {
    const version = { billId: "b1", code: "rs", name: "Reported in Senate", sha256: "ab12" };
    expect(read(describeAudit({ action: "textVersion.imported", entityType: "textVersion", entityId: "t1", before: null, after: version }, enforce))).toBe(
      "imported the text “Reported in Senate” (rs) on the ENFORCE Act",
    );
    expect(read(describeAudit({ action: "textVersion.replaced", entityType: "textVersion", entityId: "t1", before: version, after: { ...version, sha256: "cd34" } }, enforce))).toBe(
      "replaced the text “Reported in Senate” (rs) on the ENFORCE Act with another file",
    );
  });

  it("keeps an action it does not know readable instead of dropping it", () => {
    expect(describeAudit({ action: "bill.archived", entityType: "bill", entityId: "b1", before: null, after: null }, null)).toEqual({ verb: "bill.archived", object: "b1", rest: "" });
    expect(auditActionLabel("bill.archived")).toBe("bill.archived");
  });
});

describe("auditBillId, auditActionLabel and fieldLabel", () => {
  it("finds the bill of a bill's own row and of a row that names it", () => {
    expect(auditBillId({ action: "bill.published", entityType: "bill", entityId: "b1", before: null, after: null })).toBe("b1");
    expect(auditBillId({ action: "keyDate.created", entityType: "keyDate", entityId: "k1", before: null, after: { billId: "b2" } })).toBe("b2");
    expect(auditBillId({ action: "user.signedIn", entityType: "user", entityId: "u1", before: null, after: null })).toBeNull();
  });

  it("labels actions and fields in words", () => {
    expect(auditActionLabel("statusEvent.retracted")).toBe("History entry retracted");
    expect(fieldLabel("verifiedOn")).toBe("Date the facts were checked");
    expect(fieldLabel("toString")).toBe("toString");
  });
});

import { describe, expect, it } from "vitest";

import { parseNotice, tagsForNotice } from "./notice";

describe("parseNotice", () => {
  it("reads the notice notifyChange sends", () => {
    const payload = JSON.stringify({ kind: "statusEvent.recorded", slug: "take-it-down-act", eventId: "ev1", auditId: 42 });
    expect(parseNotice(payload)).toEqual({ kind: "statusEvent.recorded", slug: "take-it-down-act", eventId: "ev1", auditId: 42 });
  });

  it("rejects text that is not a notice", () => {
    expect(parseNotice("not json")).toBeNull();
    expect(parseNotice(JSON.stringify({ kind: "bill.updated" }))).toBeNull();
    expect(parseNotice(JSON.stringify({ kind: "bill.updated", auditId: -1 }))).toBeNull();
    expect(parseNotice(JSON.stringify({ kind: "", auditId: 3 }))).toBeNull();
  });
});

describe("tagsForNotice", () => {
  it("expires the lists and the bill's page for a status change", () => {
    expect(tagsForNotice({ kind: "statusEvent.recorded", slug: "enforce-act", auditId: 1 })).toEqual(["bills", "bill:enforce-act"]);
  });

  it("expires both the old and the new page after a rename", () => {
    expect(tagsForNotice({ kind: "bill.updated", slug: "new-name", previousSlug: "old-name", auditId: 2 })).toEqual([
      "bills",
      "bill:new-name",
      "bill:old-name",
    ]);
  });

  it("expires the lists when a publish or unpublish names no slug change", () => {
    expect(tagsForNotice({ kind: "bill.unpublished", slug: "enforce-act", previousSlug: "enforce-act", auditId: 3 })).toEqual([
      "bills",
      "bill:enforce-act",
    ]);
    expect(tagsForNotice({ kind: "bill.deleted", auditId: 4 })).toEqual(["bills"]);
  });

  it("expires only the facts for a statistic", () => {
    expect(tagsForNotice({ kind: "statistic.updated", auditId: 5 })).toEqual(["statistics"]);
    expect(tagsForNotice({ kind: "organisation.updated", auditId: 6 })).toEqual(["bills", "bill-pages"]);
  });
});

import { describe, expect, it } from "vitest";

import { auditChanges, auditEntityLink } from "./present";

describe("auditChanges", () => {
  it("lists only the fields that changed, lists as lines", () => {
    expect(auditChanges({ title: "A", topics: ["x"], same: 1 }, { title: "B", topics: ["x", "y"], same: 1 })).toEqual([
      { field: "title", before: "A", after: "B" },
      { field: "topics", before: "x", after: "x\ny" },
    ]);
  });

  it("shows every field of a creation or a deletion", () => {
    expect(auditChanges(null, { email: "a@example.org" })).toEqual([{ field: "email", before: "", after: "a@example.org" }]);
  });
});

describe("auditEntityLink", () => {
  it("links each kind of entity to its back-office page", () => {
    expect(auditEntityLink({ entityType: "bill", entityId: "b1", before: null, after: null })).toBe("/admin/bills/b1");
    expect(auditEntityLink({ entityType: "statusEvent", entityId: "e1", before: null, after: { billId: "b1" } })).toBe("/admin/bills/b1/history#event-e1");
    expect(auditEntityLink({ entityType: "user", entityId: "u1", before: null, after: null })).toBe("/admin/users/u1");
    expect(auditEntityLink({ entityType: "user", entityId: "new@example.org", before: null, after: null })).toBe("/admin/users");
    expect(auditEntityLink({ entityType: "statusEvent", entityId: "e1", before: null, after: null })).toBeNull();
  });
});

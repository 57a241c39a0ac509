import { describe, expect, it } from "vitest";

import { importNoticeMessage, importNoticeQuery } from "./import-notice";

const roundTrip = (outcome: "imported" | "replaced" | "unchanged", code: string, parts: number) =>
  importNoticeMessage(Object.fromEntries(new URLSearchParams(importNoticeQuery({ outcome, code, parts }))));

describe("the confirmation after a text upload", () => {
  it("names the version and counts its parts", () => {
    expect(roundTrip("imported", "is", 42)).toBe("Imported Introduced in Senate: 42 parts.");
    expect(roundTrip("replaced", "rs", 1)).toBe("Replaced Reported in Senate with the new file: 1 part.");
  });

  it("says when the file was already there", () => {
    expect(roundTrip("unchanged", "is", 16)).toBe("This file was already imported: nothing changed.");
  });

  it("shows nothing for an address that names no import, or words of its own", () => {
    expect(importNoticeMessage({})).toBeNull();
    expect(importNoticeMessage({ notice: "imported", code: "<script>", parts: "3" })).toBeNull();
    expect(importNoticeMessage({ notice: "imported", code: "is", parts: "many" })).toBeNull();
    expect(importNoticeMessage({ notice: "deleted", code: "is", parts: "3" })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";

import { isOwnKey, ownValue } from "./lookup";

const notices: Record<string, string> = { saved: "Saved." };

describe("ownValue", () => {
  it("finds a table's own entries", () => {
    expect(ownValue(notices, "saved")).toBe("Saved.");
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "", "missing"])("answers undefined for %j", (key) => {
    expect(ownValue(notices, key)).toBeUndefined();
  });

  it("answers undefined for no key at all", () => {
    expect(ownValue(notices, undefined)).toBeUndefined();
    expect(ownValue(notices, null)).toBeUndefined();
  });
});

describe("isOwnKey", () => {
  const sorts = { updated: "Recently edited", title: "Title" } as const;
  it("accepts only the table's own keys", () => {
    expect(isOwnKey(sorts, "title")).toBe(true);
    expect(isOwnKey(sorts, "constructor")).toBe(false);
    expect(isOwnKey(sorts, ["title"])).toBe(false);
  });
});

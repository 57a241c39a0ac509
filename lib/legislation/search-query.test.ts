import { describe, expect, it } from "vitest";

import { MAX_QUERY_LENGTH, normaliseSearchQuery } from "./search-query";

describe("normaliseSearchQuery", () => {
  it("writes US bill numbers compactly however they are typed", () => {
    expect(normaliseSearchQuery("S.1829")).toBe("s1829");
    expect(normaliseSearchQuery("S. 1829")).toBe("s1829");
    expect(normaliseSearchQuery("s1829")).toBe("s1829");
    expect(normaliseSearchQuery("H.R. 633")).toBe("hr633");
    expect(normaliseSearchQuery("H. R. 633")).toBe("hr633");
    expect(normaliseSearchQuery("HR 633")).toBe("hr633");
    expect(normaliseSearchQuery("H.R.3921 or S.146")).toBe("hr3921 or s146");
    expect(normaliseSearchQuery("H.J.Res. 12")).toBe("hjres12");
  });

  it("leaves words and years alone", () => {
    expect(normaliseSearchQuery("Cruz's 2025 bill")).toBe("Cruz's 2025 bill");
    expect(normaliseSearchQuery("Acts 2026")).toBe("Acts 2026");
    expect(normaliseSearchQuery('"take it down" -senate')).toBe('"take it down" -senate');
  });

  it("trims and caps the length", () => {
    expect(normaliseSearchQuery("  deepfake  ")).toBe("deepfake");
    expect(normaliseSearchQuery("a".repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

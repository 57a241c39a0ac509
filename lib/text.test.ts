import { describe, expect, it } from "vitest";

import { isStorableText, storableText, text, UNSTORABLE_TEXT } from "./text";

describe("storable text", () => {
  it("accepts any well-formed text, emoji, joiners and direction marks included", () => {
    for (const value of ["", "Take It Down Act", "👩🏽‍⚖️", "e\u0301", "\u202Eevil\u202C", "\u200B", "a\tb\nc", "\u0001"]) {
      expect(isStorableText(value)).toBe(true);
    }
  });

  it("refuses the NUL character and half of a surrogate pair, anywhere in the text", () => {
    for (const value of ["\u0000", "a\u0000b", "\uD800", "x\uDC00", "😀".slice(0, 1), "😀".slice(1), "\uDC00\uD800"]) {
      expect(isStorableText(value)).toBe(false);
    }
  });

  it("drops what cannot be stored and keeps the rest, pairs intact", () => {
    expect(storableText("a\u0000b\uD800c😀")).toBe("abc😀");
  });

  it("gives schemas a field message rather than a failed write", () => {
    const result = text().trim().min(1).safeParse(" a\u0000 ");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([UNSTORABLE_TEXT]);
  });
});

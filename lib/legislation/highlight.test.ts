import { describe, expect, it } from "vitest";

import { MATCH_END, MATCH_START, splitHighlights, stripHighlights } from "./highlight";

describe("splitHighlights", () => {
  it("separates matches from the text around them", () => {
    const text = `Technological ${MATCH_START}Deepfakes${MATCH_END} on ${MATCH_START}Websites${MATCH_END}`;
    expect(splitHighlights(text)).toEqual([
      { text: "Technological ", match: false },
      { text: "Deepfakes", match: true },
      { text: " on ", match: false },
      { text: "Websites", match: true },
    ]);
  });

  it("keeps markup-like text as text", () => {
    expect(splitHighlights(`<b>${MATCH_START}x${MATCH_END}</b>`)).toEqual([
      { text: "<b>", match: false },
      { text: "x", match: true },
      { text: "</b>", match: false },
    ]);
  });

  it("drops an unbalanced marker instead of highlighting the rest", () => {
    expect(splitHighlights(`a${MATCH_END}b`)).toEqual([
      { text: "a", match: false },
      { text: "b", match: false },
    ]);
    expect(stripHighlights(`${MATCH_START}S.1829${MATCH_END}`)).toBe("S.1829");
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { TextParseError, walk, type TextNode } from "../tree";

import { looksLikeHtml, parseHtmlText } from "./html-text";

const raw = readFileSync(path.join(import.meta.dirname, "../fixtures/fixture-act-is.htm"), "utf8");
const tree = parseHtmlText(raw);
const find = (id: string) => [...walk(tree.body)].find((node: TextNode) => node.id === id);

describe("text extracted from HTML (GPO's formatted text)", () => {
  it("finds the sections and their parts, nested by indentation, with the same ids as the XML", () => {
    expect([...walk(tree.body)].map((node) => node.id)).toEqual([
      "sec-1",
      "sec-2",
      "sec-2-1",
      "sec-2-2",
      "sec-2-2-A",
      "sec-2-2-B",
      "sec-2-2-B-i",
      "sec-2-2-B-ii",
      "sec-3",
      "sec-3-a",
      "sec-3-b",
      "sec-4",
    ]);
  });

  it("says it was extracted, and joins wrapped lines into the part's words", () => {
    expect(tree.extractedFromHtml).toBe(true);
    expect(find("sec-2")).toMatchObject({ kind: "section", enum: "2.", heading: "DEFINITIONS", text: "In this Act:" });
    expect(find("sec-2-1")).toMatchObject({ kind: "paragraph", heading: "Provider", text: "The term ``provider'' has the meaning given the term in section 2258E of title 18, United States Code." });
    expect(find("sec-2-2-B-i")).toMatchObject({ kind: "clause", text: "1,000,000 monthly users in the United States; or" });
    expect(find("sec-4")?.text).toBe("If any provision of this Act is held to be unconstitutional, the remainder of this Act shall not be affected.");
  });

  it("keeps quoted words as words, not as parts of the bill", () => {
    expect(find("sec-3-a")?.text).toContain("``(i) Annual Transparency Report.--Each covered platform");
    expect(find("sec-3-a")?.children).toEqual([]);
  });

  it("reads a page without a <pre> by its body's blocks", () => {
    const page = "<!DOCTYPE html><html><body><p>SEC. 1. SHORT TITLE.</p><p>This Act may be cited as the Page Act.</p></body></html>";
    expect(parseHtmlText(page).body).toMatchObject([{ id: "sec-1", text: "This Act may be cited as the Page Act." }]);
  });

  it("refuses a page with no section, saying so", () => {
    expect(() => parseHtmlText("<html><body><p>Press release.</p></body></html>")).toThrow(TextParseError);
    expect(() => parseHtmlText("<html><body><p>Press release.</p></body></html>")).toThrow(/No section was found/);
  });

  it("recognises an HTML page, and not XML", () => {
    expect(looksLikeHtml(raw)).toBe(true);
    expect(looksLikeHtml("<!doctype html><p>x</p>")).toBe(true);
    expect(looksLikeHtml("<bill><legis-body/></bill>")).toBe(false);
  });
});

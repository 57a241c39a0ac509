import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { TextParseError, walk, type TextNode } from "../tree";

import { parseCongressBillXml } from "./congress-bill-xml";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures", name), "utf8");
const ids = (nodes: readonly TextNode[]) => [...walk(nodes)].map((node) => node.id);
const find = (nodes: readonly TextNode[], id: string) => [...walk(nodes)].find((node) => node.id === id);

describe("Congress bill XML", () => {
  const introduced = parseCongressBillXml(fixture("fixture-act-is.xml"));
  const reported = parseCongressBillXml(fixture("fixture-act-rs.xml"));

  it("names every section and its parts by citation path, down to clauses", () => {
    expect(ids(introduced.tree.body)).toEqual([
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
      "sec-3-a-quoted-1",
      "sec-3-a-quoted-1-i",
      "sec-3-a-quoted-1-i-1",
      "sec-3-a-quoted-1-i-2",
      "sec-3-b",
      "sec-4",
    ]);
  });

  it("keeps the printed number, heading and words, inline elements included", () => {
    expect(find(introduced.tree.body, "sec-1")).toMatchObject({
      kind: "section",
      enum: "1.",
      heading: "Short title",
      text: "This Act may be cited as the Fixture Online Safety Act.",
    });
    expect(find(introduced.tree.body, "sec-2-2")).toMatchObject({ kind: "paragraph", enum: "(2)", text: "The term covered platform means a service that—" });
    expect(find(introduced.tree.body, "sec-2-2-B-i")).toMatchObject({ kind: "clause", heading: null });
  });

  it("keeps a quoted block's words apart from the bill's own parts, with the words after it", () => {
    const block = find(introduced.tree.body, "sec-3-a-quoted-1");
    expect(block).toMatchObject({ kind: "quoted-block", enum: null, after: "." });
    expect(block?.children[0]).toMatchObject({ kind: "subsection", enum: "(i)", heading: "Annual transparency report" });
  });

  it("reads the version the file says it is, and its official title", () => {
    expect(introduced.billStage).toBe("Introduced-in-Senate");
    expect(reported.billStage).toBe("Reported-in-Senate");
    expect(introduced.tree).toMatchObject({ title: "To require reports of online child sexual exploitation, and for other purposes.", extractedFromHtml: false });
  });

  it("numbers a renumbered section and an inserted subsection by what the new version prints", () => {
    expect(find(reported.tree.body, "sec-3")).toMatchObject({ heading: "Encryption" });
    expect(find(reported.tree.body, "sec-4")).toMatchObject({ heading: "Reporting requirements" });
    expect(find(reported.tree.body, "sec-4-b")).toMatchObject({ kind: "subsection", heading: "Guidance" });
    expect(find(reported.tree.body, "sec-4-c")).toMatchObject({ heading: "Effective date" });
    expect(find(reported.tree.body, "sec-5")).toMatchObject({ heading: "Severability" });
  });

  it("gives titles their own ids and keeps the sections inside them numbered through the bill", () => {
    const raw = `<bill bill-stage="Introduced-in-House"><legis-body>
      <title><enum>I</enum><header>Reporting</header>
        <section><enum>101.</enum><header>Reports</header><text>Words.</text></section></title>
      <title><enum>II</enum><header>Other</header>
        <section><enum>201.</enum><text>More.</text><subsection><enum>(a)</enum><text>Part.</text></subsection></section></title>
    </legis-body></bill>`;
    expect(ids(parseCongressBillXml(raw).tree.body)).toEqual(["title-I", "sec-101", "title-II", "sec-201", "sec-201-a"]);
  });

  it("gives a second part printed with the same number its own id", () => {
    const raw = `<bill><legis-body><section><enum>2.</enum><text>A.</text></section><section><enum>2.</enum><text>B.</text></section></legis-body></bill>`;
    expect(ids(parseCongressBillXml(raw).tree.body)).toEqual(["sec-2", "sec-2_2"]);
  });

  it.each([
    ["a file that is not well-formed", "<bill><legis-body><section></legis-body></bill>", /not well-formed XML \(line 1/],
    ["another kind of XML", `<lawDoc xmlns="http://schemas.gpo.gov/xml/uslm"><main/></lawDoc>`, /outermost element is <lawDoc>/],
    ["a bill with no body", "<bill><form><official-title>T</official-title></form></bill>", /no <legis-body>/],
    ["a body with no section", "<bill><legis-body><text>Nothing.</text></legis-body></bill>", /has no <section>/],
  ])("refuses %s with a sentence saying why", (_case, raw, message) => {
    expect(() => parseCongressBillXml(raw)).toThrow(TextParseError);
    expect(() => parseCongressBillXml(raw)).toThrow(message);
  });
});

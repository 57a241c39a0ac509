import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { TextParseError, walk, type TextNode } from "../tree";

import { parseUslmXml } from "./uslm-xml";

const enrolled = parseUslmXml(readFileSync(path.join(import.meta.dirname, "../fixtures/fixture-act-enr-uslm.xml"), "utf8"));
const ids = (nodes: readonly TextNode[]) => [...walk(nodes)].map((node) => node.id);
const find = (id: string) => [...walk(enrolled.tree.body)].find((node) => node.id === id);

describe("USLM XML", () => {
  it("names every section and its parts by citation path, from each number's value", () => {
    expect(ids(enrolled.tree.body)).toEqual([
      "sec-1",
      "sec-2",
      "sec-2-1",
      "sec-2-2",
      "sec-2-2-A",
      "sec-2-2-B",
      "sec-3",
      "sec-4",
      "sec-4-a",
      "sec-4-a-quoted-1",
      "sec-4-a-quoted-1-i",
      "sec-4-a-quoted-1-i-1",
      "sec-4-a-quoted-1-i-2",
      "sec-4-b",
      "sec-4-c",
      "sec-5",
    ]);
  });

  it("keeps the printed number, heading and words, chapeau included", () => {
    expect(find("sec-1")).toMatchObject({ kind: "section", enum: "1.", heading: "SHORT TITLE.", text: "This Act may be cited as the “Fixture Online Safety Act”." });
    expect(find("sec-2-2")).toMatchObject({ kind: "paragraph", enum: "(2)", text: "The term “covered platform” means a service that—" });
  });

  it("reads quoted content inside a content element as a quoted block, with the words after it", () => {
    expect(find("sec-4-a")).toMatchObject({ text: "Section 2258A of title 18, United States Code, is amended by adding at the end the following:" });
    expect(find("sec-4-a-quoted-1")).toMatchObject({ kind: "quoted-block", after: "." });
    expect(find("sec-4-a-quoted-1-i")).toMatchObject({ kind: "subsection", enum: "“(i)", heading: "ANNUAL TRANSPARENCY REPORT." });
  });

  it("reads the version the file says it is, and its official title", () => {
    expect(enrolled.docStage).toBe("ENR");
    expect(enrolled.tree.title).toBe("To require reports of online child sexual exploitation, and for other purposes.");
  });

  it.each([
    ["bill XML of the bill DTD", "<bill><legis-body/></bill>", /not in the USLM namespace/],
    ["a file with no main", `<bill xmlns="http://schemas.gpo.gov/xml/uslm/2.0"><meta/></bill>`, /has no <main>/],
    ["a main with no section", `<pLaw xmlns="http://schemas.gpo.gov/xml/uslm/2.0"><main><longTitle/></main></pLaw>`, /has no <section>/],
  ])("refuses %s with a sentence saying why", (_case, raw, message) => {
    expect(() => parseUslmXml(raw)).toThrow(TextParseError);
    expect(() => parseUslmXml(raw)).toThrow(message);
  });
});

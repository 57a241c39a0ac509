import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { TextParseError, walk, type TextNode } from "../tree";

import { parseAkomaNtoso } from "./akoma-ntoso";
import { parseClml } from "./clml";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures", name), "utf8");
const ids = (nodes: readonly TextNode[]) => [...walk(nodes)].map((node) => node.id);
const enacted = parseClml(fixture("fixture-uk-act-enacted.clml.xml"));
const find = (id: string) => [...walk(enacted.tree.body)].find((node) => node.id === id);
const clml = (body: string) => `<Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Primary><Body>${body}</Body></Primary></Legislation>`;

describe("legislation.gov.uk CLML", () => {
  it("names the Act's sections and their parts by the same citation paths as the bill's last print", () => {
    expect(ids(enacted.tree.body)).toEqual(ids(parseAkomaNtoso(fixture("fixture-uk-bill-amended.akn.xml")).tree.body));
    expect(ids(enacted.tree.body).slice(0, 11)).toEqual([
      "part-1",
      "sec-1",
      "part-2",
      "part-2-xhdg-1",
      "sec-2",
      "sec-2-1",
      "sec-2-1-a",
      "sec-2-1-b",
      "sec-2-1-b-i",
      "sec-2-1-b-ii",
      "sec-2-2",
    ]);
  });

  it("takes a section's heading from its P1group, and prints the brackets CLML leaves out of the number", () => {
    expect(find("part-2")).toMatchObject({ kind: "division", label: "part", enum: "2", heading: "Duties of providers" });
    expect(find("part-2-xhdg-1")).toMatchObject({ kind: "division", label: "cross-heading", heading: "Safety duties" });
    expect(find("sec-3")).toMatchObject({
      kind: "section",
      enum: "3",
      heading: "Risk assessments",
      text: "A provider of a regulated service must review its assessment under section 2(1)(a) at least once a year.",
    });
    expect(find("sec-2-1")).toMatchObject({ kind: "subsection", enum: "(1)", heading: null, text: "A provider of a regulated service must—" });
    expect(find("sec-2-1-b-i")).toMatchObject({ kind: "subparagraph", enum: "(i)", text: "reduce that risk, and" });
    expect(find("sec-2-2")?.text).toBe(
      "In this Part— “provider” means the person who controls who may use a service; “regulated service” means an online service with more than 1,000 users in the United Kingdom.",
    );
  });

  it("reads a block amendment as a quoted block, with its AppendText after the closing quote", () => {
    expect(find("sec-5-2")).toMatchObject({ text: "In section 5, after subsection (2) insert—" });
    expect(find("sec-5-2-quoted-1")).toMatchObject({ kind: "quoted-block", after: "." });
    expect(find("sec-5-2-quoted-1-2A")).toMatchObject({ kind: "subsection", enum: "(2A)" });
    expect(find("sec-5-2-quoted-1-2A-b")).toMatchObject({ text: "what it did in response." });
  });

  it("reads schedules as divisions whose paragraphs are numbered in them", () => {
    expect(find("sch-1")).toMatchObject({ kind: "division", label: "schedule", enum: "1", heading: "Enforcement by the Regulator" });
    expect(find("sch-1-2-1")).toMatchObject({ kind: "subparagraph", enum: "(1)", text: "An enforcement notice must specify—" });
    expect(find("sch-2-1")).toMatchObject({ kind: "paragraph", enum: "1" });
  });

  it("reads the document's status and the long title", () => {
    expect(enacted.documentStatus).toBe("final");
    expect(enacted.tree).toMatchObject({ title: "An Act to make provision about the safety of users of online services; and for connected purposes.", extractedFromHtml: false });
  });

  it("reads a section with no P1group, chapters within their part, an AppendText after the block, and an unnumbered schedule", () => {
    const { tree, documentStatus } = parseClml(
      `<Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Primary><Body><Part><Number>PART 2</Number><Chapter><Number>CHAPTER 1</Number>
        <P1><Pnumber>7</Pnumber><P1para><Text>For section 1 substitute—</Text><BlockAmendment><P1group><Title>New</Title><P1><Pnumber>1</Pnumber><P1para><Text>Words.</Text></P1para></P1></P1group></BlockAmendment><AppendText>.</AppendText></P1para></P1>
      </Chapter></Part></Body><Schedules><Schedule><Number>SCHEDULE</Number><ScheduleBody><P1><Pnumber>1</Pnumber><P1para><Text>Y.</Text></P1para></P1></ScheduleBody></Schedule></Schedules></Primary></Legislation>`,
    );
    expect(ids(tree.body)).toEqual(["part-2", "part-2-chapter-1", "sec-7", "sec-7-quoted-1", "sec-7-quoted-1-sec-1", "sch", "sch-1"]);
    expect(tree.body[0]?.children[0]?.children[0]?.children[0]).toMatchObject({ kind: "quoted-block", after: "." });
    expect(documentStatus).toBeNull();
  });

  it.each([
    ["Akoma Ntoso", `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>`, /not <Legislation> in the CLML namespace/],
    ["a statutory instrument", `<Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Secondary/></Legislation>`, /has no <Primary>/],
    ["an Act's contents only", `<Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Primary/></Legislation>`, /has no <Body>/],
    ["a body with no section", clml(`<Part><Number>PART 1</Number></Part>`), /has no <P1> section. Nothing was imported/],
  ])("refuses %s with a sentence saying why", (_case, raw, message) => {
    expect(() => parseClml(raw)).toThrow(TextParseError);
    expect(() => parseClml(raw)).toThrow(message);
  });
});

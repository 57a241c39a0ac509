import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { TextParseError, walk, type TextNode } from "../tree";

import { parseAkomaNtoso } from "./akoma-ntoso";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures", name), "utf8");
const ids = (nodes: readonly TextNode[]) => [...walk(nodes)].map((node) => node.id);
const find = (nodes: readonly TextNode[], id: string) => [...walk(nodes)].find((node) => node.id === id);
const akn = (body: string) => `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill name="ukpubb"><body>${body}</body></bill></akomaNtoso>`;

describe("UK Parliament bill XML (Akoma Ntoso, as Lawmaker writes it)", () => {
  const introduced = parseAkomaNtoso(fixture("fixture-uk-bill-introduced.akn.xml"));
  const amended = parseAkomaNtoso(fixture("fixture-uk-bill-amended.akn.xml"));

  it("names every clause and its parts by citation path, with parts, cross-headings and schedules as divisions", () => {
    expect(ids(introduced.tree.body)).toEqual([
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
      "sec-3",
      "sec-3-1",
      "sec-3-2",
      "sec-4",
      "sec-4-1",
      "sec-4-2",
      "sec-4-2-quoted-1",
      "sec-4-2-quoted-1-2A",
      "sec-4-2-quoted-1-2A-a",
      "sec-4-2-quoted-1-2A-b",
      "sec-4-3",
      "part-3",
      "sec-5",
      "sch-1",
      "sch-1-1",
      "sch-1-2",
      "sch-1-2-1",
      "sch-1-2-1-a",
      "sch-1-2-1-b",
      "sch-1-2-2",
      "sch-2",
      "sch-2-1",
    ]);
  });

  it("keeps the printed number, heading and words of each level, Lawmaker's para levels included", () => {
    expect(find(introduced.tree.body, "part-2")).toMatchObject({ kind: "division", label: "part", enum: "2", heading: "Duties of providers" });
    expect(find(introduced.tree.body, "part-2-xhdg-1")).toMatchObject({ kind: "division", label: "cross-heading", enum: null, heading: "Safety duties" });
    expect(find(introduced.tree.body, "sec-1")).toMatchObject({
      kind: "section",
      enum: "1",
      heading: "Overview of Act",
      text: "This Act imposes duties on providers of regulated services to protect users from harm.",
    });
    expect(find(introduced.tree.body, "sec-2-1")).toMatchObject({ kind: "subsection", enum: "(1)", heading: null, text: "A provider of a regulated service must—" });
    expect(find(introduced.tree.body, "sec-2-1-b")).toMatchObject({ kind: "paragraph", enum: "(b)", text: "take proportionate measures to—" });
    expect(find(introduced.tree.body, "sec-2-1-b-ii")).toMatchObject({ kind: "subparagraph", enum: "(ii)", text: "tell users how to report harmful content." });
  });

  it("keeps definitions in the words of the subsection that lists them", () => {
    expect(find(introduced.tree.body, "sec-2-2")?.text).toBe(
      "In this Part— “provider” means the person who controls who may use a service; “regulated service” means an online service with more than 1,000 users in the United Kingdom.",
    );
  });

  it("reads a quoted structure as a quoted block with the words after it, and quoted text with its quotation marks", () => {
    expect(find(introduced.tree.body, "sec-4-2")).toMatchObject({ text: "In section 5, after subsection (2) insert—" });
    expect(find(introduced.tree.body, "sec-4-2-quoted-1")).toMatchObject({ kind: "quoted-block", enum: null, after: "." });
    expect(find(introduced.tree.body, "sec-4-2-quoted-1-2A")).toMatchObject({ kind: "subsection", enum: "(2A)", text: "A provider must keep a record of—" });
    expect(find(introduced.tree.body, "sec-4-3")).toMatchObject({ text: "In section 6(1), for “30 days” substitute “14 days”.", children: [] });
  });

  it("numbers a schedule's paragraphs within the schedule", () => {
    expect(find(introduced.tree.body, "sch-1")).toMatchObject({ kind: "division", label: "schedule", enum: "1", heading: "Enforcement by the Regulator" });
    expect(find(introduced.tree.body, "sch-1-2")).toMatchObject({ kind: "paragraph", enum: "2" });
    expect(find(introduced.tree.body, "sch-1-2-1")).toMatchObject({ kind: "subparagraph", enum: "(1)", text: "An enforcement notice must specify—" });
    expect(find(introduced.tree.body, "sch-1-2-1-a")).toMatchObject({ kind: "clause", enum: "(a)" });
  });

  it("reads the version the file says it is, and the long title", () => {
    expect(introduced).toMatchObject({ versionLabel: "introd-hc", stageName: "As introduced" });
    expect(amended).toMatchObject({ versionLabel: "public-committee-hc", stageName: "As amended in Public Bill Committee" });
    expect(introduced.tree).toMatchObject({
      title: "A bill to Make provision about the safety of users of online services; and for connected purposes.",
      extractedFromHtml: false,
    });
  });

  it("numbers a clause renumbered in committee, and an inserted subsection, by what the new print says", () => {
    expect(find(amended.tree.body, "sec-3")).toMatchObject({ heading: "Risk assessments", children: [] });
    expect(find(amended.tree.body, "sec-4")).toMatchObject({ heading: "Reports to the Regulator" });
    expect(find(amended.tree.body, "sec-4-2")?.text).toBe("The Regulator must publish each report within 2 months of receiving it, leaving out anything that would identify a user.");
    expect(find(amended.tree.body, "sec-4-3")).toMatchObject({ kind: "subsection", text: "The Regulator may issue guidance about what a report must contain." });
    expect(find(amended.tree.body, "sec-5")).toMatchObject({ heading: "Amendment of the Fixture Services Act 2020" });
    expect(find(amended.tree.body, "sec-6")).toMatchObject({ heading: "Short title" });
  });

  it("reads AKN's own paragraph, subparagraph and crossHeading, an unnumbered schedule, and numbers chapters within their part", () => {
    const tree = parseAkomaNtoso(
      akn(`<part><num>Part 2</num><chapter><num>Chapter 1</num><section><num>7</num><subsection><num>(1)</num><intro><p>A person—</p></intro>
        <paragraph><num>(a)</num><intro><p>who—</p></intro><subparagraph><num>(i)</num><content><p>x.</p></content></subparagraph></paragraph></subsection>
        <wrapUp><p>commits an offence.</p></wrapUp></section></chapter></part>
        <crossHeading>Final provisions</crossHeading><section><num>8</num><heading>Extent</heading><subheading>England</subheading><content><p>E.</p></content></section>
        <hcontainer name="schedules"><hcontainer name="schedule"><num>Schedule</num><paragraph><num>1</num><content><p>Y.</p></content></paragraph></hcontainer></hcontainer>`),
    ).tree;
    expect(ids(tree.body)).toEqual(["part-2", "part-2-chapter-1", "sec-7", "sec-7-1", "sec-7-1-a", "sec-7-1-a-i", "xhdg-1", "sec-8", "sch", "sch-1"]);
    expect(find(tree.body, "xhdg-1")).toMatchObject({ label: "cross-heading", heading: "Final provisions", children: [] });
    expect(find(tree.body, "sec-7-1-a-i")).toMatchObject({ kind: "subparagraph", text: "x." });
    expect(find(tree.body, "sec-7")).toMatchObject({ after: "commits an offence." });
    expect(find(tree.body, "sch")).toMatchObject({ label: "schedule", enum: null });
  });

  it("declares no version when the file names none", () => {
    expect(parseAkomaNtoso(akn(`<section><num>1</num><content><p>T.</p></content></section>`))).toMatchObject({ versionLabel: null, stageName: null, tree: { title: null } });
  });

  it.each([
    ["Congress bill XML", "<bill><legis-body/></bill>", /not <akomaNtoso> in the Akoma Ntoso namespace/],
    ["CLML", `<Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"/>`, /outermost element <Legislation>/],
    ["a list of amendments", `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><amendmentList/></akomaNtoso>`, /holds a <amendmentList>, not a <bill> or <act>/],
    ["a bill with no body", `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill><meta/></bill></akomaNtoso>`, /has no <body>/],
    ["a body with no clause", akn(`<part><num>Part 1</num><heading>Empty</heading></part>`), /has no <section>.*Nothing was imported/],
  ])("refuses %s with a sentence saying why", (_case, raw, message) => {
    expect(() => parseAkomaNtoso(raw)).toThrow(TextParseError);
    expect(() => parseAkomaNtoso(raw)).toThrow(message);
  });
});

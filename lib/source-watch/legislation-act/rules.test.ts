import { describe, expect, it } from "vitest";

import { findStep, modelOf } from "@/lib/legislation/process";

import { kindHandlers } from "../kinds";
import { fixtureText } from "../testing/fixtures";

import { readActDocument, type ActDocument } from "./clml";
import { actDataPath, parseActPage } from "./parse";
import { actItems, provisionList } from "./rules";

const ACT = "ukpga/2026/20";
const CONTENTS = fixtureText("legislation-gov-uk/crime-and-policing-act-2026.contents.xml");
const REVISED = fixtureText("legislation-gov-uk/crime-and-policing-act-2026.data.xml");
const ENACTED = fixtureText("legislation-gov-uk/crime-and-policing-act-2026-enacted.data.xml");
const PAGE = "https://www.legislation.gov.uk/ukpga/2026/20";

function steps(xml: string) {
  const parsed = parseActPage(xml, "application/xml", ACT);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.items.map((item) => ({
    on: item.occurredOn,
    step: item.mapping.kind === "placed" ? `${item.mapping.placement.path}:${item.mapping.placement.stage}` : item.mapping.kind,
    text: item.description,
  }));
}

const act = (overrides: Partial<ActDocument>): ActDocument => ({
  title: "Example Act 2026",
  year: "2026",
  number: "20",
  documentStatus: "revised",
  enactedOn: "2026-04-29",
  startsOn: null,
  state: "in_force",
  provisions: [],
  ...overrides,
});

describe("an Act's page on legislation.gov.uk", () => {
  const expected = [
    { on: "2026-04-29", step: "final:royal_assent", text: "Crime and Policing Act 2026: enacted (Royal Assent) on 29 April 2026." },
    { on: "2026-04-29", step: "after:in_force_in_part", text: "Crime and Policing Act 2026, section 4: in force from 29 April 2026 (revised text on legislation.gov.uk)." },
    { on: "2026-06-29", step: "after:in_force_in_part", text: "Crime and Policing Act 2026, sections 1 and 2: in force from 29 June 2026 (revised text on legislation.gov.uk)." },
  ];

  it("suggests Royal Assent, and each day provisions came into force in part, from the revised contents", () => {
    expect(steps(CONTENTS)).toEqual(expected);
  });

  it("reads the whole revised text the same way", () => {
    expect(steps(REVISED)).toEqual(expected);
  });

  it("cites the Act's page, which is the record of every step, so an event citing it hides none of them", () => {
    const parsed = parseActPage(CONTENTS, "application/xml", ACT);
    expect(parsed.ok && parsed.items.map((item) => [item.itemKey, item.sourceUrl, item.urlIdentifiesItem])).toEqual([
      ["legislation-act:ukpga/2026/20:final:royal_assent:2026-04-29", PAGE, false],
      ["legislation-act:ukpga/2026/20:after:in_force_in_part:2026-04-29", PAGE, false],
      ["legislation-act:ukpga/2026/20:after:in_force_in_part:2026-06-29", PAGE, false],
    ]);
  });

  it("suggests only Royal Assent from the enacted text, which says nothing of commencement", () => {
    expect(steps(ENACTED)).toEqual([{ on: "2026-04-29", step: "final:royal_assent", text: "Crime and Policing Act 2026: enacted (Royal Assent) on 29 April 2026." }]);
  });

  it("reads the contents' items and a schedule listed whole, with the attributes they inherit", () => {
    const read = readActDocument(CONTENTS, "application/xml");
    expect(read.ok && read.document.provisions).toEqual([
      { id: "section-1", startsOn: "2026-06-29", state: "in_force" },
      { id: "section-2", startsOn: "2026-06-29", state: "in_force" },
      { id: "section-3", startsOn: "2026-04-29", state: "prospective" },
      { id: "section-4", startsOn: "2026-04-29", state: "in_force" },
      { id: "schedule-1", startsOn: "2026-06-29", state: "prospective" },
    ]);
  });

  it("reads inherited in-force attributes in the text: a prospective part holds its sections back, a date on a part dates them", () => {
    const read = readActDocument(REVISED, "application/xml");
    expect(read.ok && read.document.provisions).toEqual([
      { id: "section-1", startsOn: "2026-06-29", state: "in_force" },
      { id: "section-2", startsOn: "2026-06-29", state: "in_force" },
      { id: "section-3", startsOn: "2026-04-29", state: "prospective" },
      { id: "section-4", startsOn: "2026-04-29", state: "in_force" },
    ]);
  });

  it("calls the last day the Act in force once no provision is prospective, leaving out repealed ones", () => {
    const items = actItems(
      act({
        provisions: [
          { id: "section-1", startsOn: "2026-04-29", state: "in_force" },
          { id: "section-2", startsOn: "2026-09-01", state: "in_force" },
          { id: "schedule-1-paragraph-2", startsOn: "2026-09-01", state: "in_force" },
          { id: "section-3", startsOn: "2026-05-01", state: "gone" },
        ],
      }),
      ACT,
    );
    expect(items.map((item) => [item.occurredOn, item.mapping.kind === "placed" && item.mapping.placement.stage, item.description])).toEqual([
      ["2026-04-29", "royal_assent", "Example Act 2026: enacted (Royal Assent) on 29 April 2026."],
      ["2026-04-29", "in_force_in_part", "Example Act 2026, section 1: in force from 29 April 2026 (revised text on legislation.gov.uk)."],
      ["2026-09-01", "in_force", "Example Act 2026, section 2 and Schedule 1 paragraph 2: in force from 1 September 2026; no provision is prospective (revised text on legislation.gov.uk)."],
    ]);
  });

  it("uses the document's own attributes for an Act with no numbered provisions, and nothing while it is prospective", () => {
    expect(actItems(act({ enactedOn: null, startsOn: "2026-05-01" }), ACT).map((item) => [item.occurredOn, item.mapping.kind === "placed" && item.mapping.placement.stage])).toEqual([["2026-05-01", "in_force"]]);
    expect(actItems(act({ enactedOn: null, startsOn: null, state: "prospective" }), ACT)).toEqual([]);
  });

  it("names many provisions briefly", () => {
    const many = Array.from({ length: 15 }, (_, index) => ({ id: `section-${index + 1}`, startsOn: "2026-06-29", state: "in_force" as const }));
    expect(provisionList(many)).toBe("sections 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 12 and 3 other provisions");
  });

  it("uses only steps the UK model has", () => {
    for (const [path, stage] of [["final", "royal_assent"], ["after", "in_force_in_part"], ["after", "in_force"]] as const) expect(findStep(modelOf("uk"), path, stage)).not.toBeNull();
  });
});

describe("faults in an Act's page", () => {
  it.each([
    ["an HTML error page", "<!DOCTYPE html><html><title>Page not found</title></html>", "text/html", "The official server answered with a web page, not legislation data."],
    ["malformed XML", REVISED.slice(0, 900), "application/xml", "The answer was not well-formed XML."],
    ["XML that is not CLML", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "application/xml", "The answer is not legislation.gov.uk's data for an Act (no Legislation element with its metadata)."],
    ["another Act's data", REVISED.replace('<ukm:Number Value="20"/>', '<ukm:Number Value="21"/>'), "application/xml", "The answer is the data of another item (2026, number 21), not ukpga/2026/20. Check the source's identifier."],
  ])("refuses %s", (_name, body, contentType, message) => {
    expect(parseActPage(body, contentType, ACT)).toEqual({ ok: false, message });
  });
});

describe("the Act page kind", () => {
  const settings = { legislationBaseUrl: "https://www.legislation.gov.uk" } as Parameters<(typeof kindHandlers)["legislation_act"]["request"]>[1];

  it("asks for the Act's current contents as XML, needing no words", () => {
    expect(actDataPath(ACT)).toBe("/ukpga/2026/20/contents/data.xml");
    expect(kindHandlers.legislation_act.request({ identifier: ACT, matchWords: [] }, settings)).toMatchObject({ url: "https://www.legislation.gov.uk/ukpga/2026/20/contents/data.xml", accept: "application/xml" });
    expect(kindHandlers.legislation_act.request({ identifier: "uksi/2026/689", matchWords: [] }, settings)).toMatch(/^The identifier is not one/);
  });
});

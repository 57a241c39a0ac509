import { readFileSync } from "node:fs";
import path from "node:path";

import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { XmlDocument, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";
import { describe, expect, it } from "vitest";

import { congressFixtures, fixtureJson, fixtureText, legislationActFixtures, ukBillsFixtures } from "./testing/fixtures";

// The fixtures the tests replay must be answers the official APIs could give: each is checked
// against the schema the API's publisher documents (see testing/schemas/ for where each came from).

const schemaFile = <T = { schema: object }>(name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "testing/schemas", name), "utf8")) as T;

describe("fixtures against the official schemas", () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validAction = ajv.compile(schemaFile("congress-action.json").schema);

  it.each(congressFixtures)("every action of %s matches Congress.gov's Actions schema", (name) => {
    const answer = fixtureJson(name) as { actions: unknown[]; pagination: { count: number }; request: { format: string } };
    expect(answer.actions.length).toBeGreaterThan(0);
    expect(answer.pagination.count).toBe(answer.actions.length);
    expect(answer.request.format).toBe("json");
    for (const action of answer.actions) {
      expect(validAction(action), JSON.stringify(validAction.errors)).toBe(true);
    }
  });

  it("the schema catches an action in the wrong shape", () => {
    expect(validAction({ actionDate: "17 December 2025", text: "Received in the House.", sourceSystem: { code: "House" } })).toBe(false);
  });
});

describe("UK Parliament Bills API fixtures against its OpenAPI document", () => {
  // Ajv reads OpenAPI 3.0's `nullable`; the schemas refer to each other under #/components/schemas.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The API is ASP.NET's: its date-times carry no offset ("2025-02-25T00:00:00"), which OpenAPI's
  // RFC 3339 date-time requires. ISO 8601, which allows that, is what the API means.
  ajv.addFormat("date-time", addFormats.default.get("iso-date-time"));
  const { root, components } = schemaFile<{ root: string; components: object }>("uk-bills-stages.json");
  const validStages = ajv.compile({ $ref: `#/components/schemas/${root}`, components });

  it.each(ukBillsFixtures)("%s matches StageSummarySearchResult", (name) => {
    expect(validStages(fixtureJson(name)), JSON.stringify(validStages.errors)).toBe(true);
  });

  it("the schema catches a field the API does not have", () => {
    expect(validStages({ items: [{ id: 1, house: "Commons", sittings: [] }], totalResults: 1 })).toBe(false);
  });
});

describe("legislation.gov.uk Act page fixtures against the CLML schema", () => {
  // testing/schemas/clml-subset.xsd: the part of the official CLML schema the reader relies on,
  // written by hand from it (its header says which version). libxml2 (compiled to WebAssembly)
  // reads the metadata namespace's document it imports from disk.
  xmlRegisterFsInputProviders();
  const xsd = path.join(import.meta.dirname, "testing/schemas/clml-subset.xsd");
  const schema = XmlDocument.fromString(readFileSync(xsd, "utf8"), { url: xsd });
  const validator = XsdValidator.fromDoc(schema);
  const problems = (xml: string): string | null => {
    const document = XmlDocument.fromString(xml);
    try {
      validator.validate(document);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      document.dispose();
    }
  };
  const [contents, text, enacted] = legislationActFixtures;
  /** The fixture with one exact piece of it replaced (the piece must be there, so the case tests something). */
  const edited = (name: string, from: string | RegExp, to: string) => {
    const xml = fixtureText(name);
    expect(xml).toMatch(from);
    return xml.replace(from, to);
  };

  it.each(legislationActFixtures)("%s is valid CLML", (name) => {
    expect(problems(fixtureText(name))).toBeNull();
  });

  it.each([
    ["an in-force status CLML does not have", contents, 'Status="Prospective"', 'Status="Pending"', /attribute 'Status'/],
    ["a misspelt in-force status in the text", text, 'Status="Prospective"', 'Status="prospective"', /attribute 'Status'/],
    ["a start date that is not a date", contents, 'RestrictStartDate="2026-06-29"', 'RestrictStartDate="29 June 2026"', /attribute 'RestrictStartDate'/],
    ["a start date that is not a date in the text", text, '<P1group RestrictStartDate="2026-06-29">', '<P1group RestrictStartDate="2026-06">', /attribute 'RestrictStartDate'/],
    ["a document status CLML does not have", contents, '<ukm:DocumentStatus Value="revised"/>', '<ukm:DocumentStatus Value="Revised"/>', /attribute 'Value'/],
    ["an enactment date that is not a date", enacted, '<ukm:EnactmentDate Date="2026-04-29"/>', '<ukm:EnactmentDate Date="29/04/2026"/>', /attribute 'Date'/],
    ["metadata without the year", enacted, '<ukm:Year Value="2026"/>', "", /PrimaryMetadata/],
    ["metadata without the document status", contents, '<ukm:DocumentStatus Value="revised"/>', "", /DocumentClassification/],
    ["a year without its value", text, '<ukm:Year Value="2026"/>', "<ukm:Year/>", /attribute 'Value'/],
    ["a contents item without its number", contents, "<ContentsNumber>4</ContentsNumber>", "", /ContentsNumber/],
    ["a contents reference that is not an id", contents, 'ContentRef="section-4"', 'ContentRef="section 4"', /attribute 'ContentRef'/],
    ["a provision id CLML does not allow", text, 'id="section-3"', 'id="s3"', /attribute 'id'/],
    ["a schedule outside the list of schedules", contents, /<\/?ContentsSchedules>/g, "", /ContentsSchedule'/],
    ["a root element that is not Legislation", text, /<(\/?)Legislation\b/g, "<$1Document", /validation root/],
  ] as const)("the schema catches %s", (_, name, from, to, message) => {
    expect(problems(edited(name, from, to))).toMatch(message);
  });
});

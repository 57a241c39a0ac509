import { readFileSync } from "node:fs";
import path from "node:path";

import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

import { congressFixtures, fixtureJson, ukBillsFixtures } from "./testing/fixtures";

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

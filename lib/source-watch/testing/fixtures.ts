import { readFileSync } from "node:fs";
import path from "node:path";

// The fixtures: official answers written by hand in the shape the official documentation and
// real responses show (never copies of a file), checked against the official schemas by
// contract.test.ts and replayed by the fake server in the integration and browser tests.

const root = path.join(import.meta.dirname, "fixtures");

export function fixtureText(name: string): string {
  return readFileSync(path.join(root, name), "utf8");
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name));
}

/** Every Congress.gov fixture, by file name. */
export const congressFixtures = ["congress/s-3021-actions.json", "congress/s-3021-actions-house-referral.json", "congress/hr-633-actions.json", "congress/s-146-actions.json"] as const;

/** Every Congress.gov fixture listing a bill's text versions. */
export const congressTextFixtures = ["congress/s-3021-text.json", "congress/s-3021-text-reported.json"] as const;

/** Every UK Parliament Bills API fixture. */
export const ukBillsFixtures = ["uk-bills/3938-stages.json"] as const;

/** Every legislation.gov.uk Act page fixture (CLML), checked against the CLML schema. */
export const legislationActFixtures = [
  "legislation-gov-uk/crime-and-policing-act-2026.contents.xml",
  "legislation-gov-uk/crime-and-policing-act-2026.data.xml",
  "legislation-gov-uk/crime-and-policing-act-2026-enacted.data.xml",
] as const;

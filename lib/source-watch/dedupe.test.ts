import { describe, expect, it } from "vitest";

import { parseCongressIdentifier } from "./congress/identifier";
import { parseCongressActions } from "./congress/parse";
import { newItems, newTextVersions, stepKey, type Known } from "./dedupe";
import { fixtureJson } from "./testing/fixtures";
import type { OfficialItem, OfficialTextVersion } from "./types";

const none: Known = { itemKeys: new Set(), steps: new Set(), sourceUrls: new Set() };

function s3021(fixture = "congress/s-3021-actions.json"): OfficialItem[] {
  const bill = parseCongressIdentifier("119/s/3021");
  const parsed = bill && parseCongressActions(fixtureJson(fixture), bill);
  if (!parsed?.ok) throw new Error("fixture");
  return parsed.items;
}

const summary = (items: OfficialItem[]) => items.map((item) => `${item.occurredOn} ${item.description}`);

describe("which official items are suggested", () => {
  it("one per step and day, in the chamber's own words, leaving bookkeeping out", () => {
    expect(summary(newItems(s3021(), none))).toEqual([
      "2025-12-17 Received in the House.",
      "2025-12-16 Passed Senate without amendment by Unanimous Consent. (consideration: CR S8754-8755; text: CR S8754-8755)",
      "2025-12-16 Senate Committee on the Judiciary discharged by Unanimous Consent.",
      "2025-10-21 Read twice and referred to the Committee on the Judiciary.",
      "2025-10-21 Introduced in Senate",
    ]);
  });

  it("not items suggested before, nor the Library's restatement of a step already suggested that day", () => {
    const first = newItems(s3021(), none);
    const known: Known = {
      itemKeys: new Set(first.map((item) => item.itemKey)),
      // Earlier suggestions' steps count, as do recorded ones.
      steps: new Set(first.flatMap((item) => (item.mapping.kind === "placed" ? [stepKey(item.occurredOn, item.mapping.placement)] : []))),
      sourceUrls: new Set(),
    };
    expect(summary(newItems(s3021("congress/s-3021-actions-house-referral.json"), known))).toEqual([
      "2026-01-12 Referred to the House Committee on the Judiciary.",
    ]);
  });

  it("not an item whose own address an event already cites", () => {
    const item: OfficialItem = { ...s3021()[1]!, urlIdentifiesItem: true, sourceUrl: "https://bills.parliament.uk/bills/3938/stages/1" }; // index 1 exists: the fixture has nine actions
    expect(newItems([item], { ...none, sourceUrls: new Set([item.sourceUrl]) })).toEqual([]);
    expect(newItems([item], none)).toEqual([item]);
  });
});

describe("which text versions are suggested", () => {
  const version = (code: string): OfficialTextVersion => ({
    itemKey: `text:${code}`,
    code,
    officialName: code,
    date: null,
    fileUrl: `https://www.govinfo.gov/content/pkg/BILLS-119s3021${code}/xml/BILLS-119s3021${code}.xml`,
    billNumber: "S.3021",
  });

  it("those neither imported nor suggested before", () => {
    const fresh = newTextVersions([version("rs"), version("pcs"), version("is")], { importedCodes: new Set(["is"]), itemKeys: new Set(["text:pcs"]) });
    expect(fresh.map((item) => item.code)).toEqual(["rs"]);
  });
});

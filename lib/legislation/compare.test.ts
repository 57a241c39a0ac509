import { describe, expect, it } from "vitest";

import { compareCsvRows, compareHref, compareRows, MAX_COMPARED, parseCompareParams, type ComparableBill } from "./compare";
import { provisionCategories } from "./provision-categories";

const known = ["take-it-down-act", "stop-csam-act", "enforce-act", "uk-crime-and-policing-bill"];

const bill = (slug: string, provisions: ComparableBill["provisions"] = []): ComparableBill => ({ slug, shortTitle: slug.toUpperCase(), jurisdiction: "us", provisions });

describe("parseCompareParams", () => {
  it("reads the shared link's comma-separated list in its order, without repeats", () => {
    expect(parseCompareParams({ bills: "enforce-act,take-it-down-act,enforce-act" }, known)).toEqual({
      slugs: ["enforce-act", "take-it-down-act"],
      unknown: [],
      tooMany: false,
    });
  });

  it("reads the chooser's repeated checkboxes, sent without JavaScript", () => {
    expect(parseCompareParams({ bill: ["stop-csam-act", "enforce-act"] }, known).slugs).toEqual(["stop-csam-act", "enforce-act"]);
  });

  it("names slugs that are not public bills, and never echoes text that is not a slug", () => {
    const choice = parseCompareParams({ bills: "enforce-act,no-such-bill,<script>" }, known);
    expect(choice.slugs).toEqual(["enforce-act"]);
    expect(choice.unknown).toEqual(["no-such-bill"]);
  });

  it(`keeps the first ${MAX_COMPARED} bills and says there were more`, () => {
    const many = Array.from({ length: MAX_COMPARED + 2 }, (_, index) => `bill-${index}`);
    const choice = parseCompareParams({ bills: many.join(",") }, many);
    expect(choice.slugs).toHaveLength(MAX_COMPARED);
    expect(choice.tooMany).toBe(true);
  });
});

describe("compareHref", () => {
  it("builds the address to share, and the CSV's beside it", () => {
    expect(compareHref(["take-it-down-act", "uk-crime-and-policing-bill"])).toBe("/compare?bills=take-it-down-act,uk-crime-and-policing-bill");
    expect(compareHref(["enforce-act"], ".csv")).toBe("/compare.csv?bills=enforce-act");
    expect(compareHref([])).toBe("/compare");
  });
});

describe("compareRows", () => {
  it("has every category in the fixed order, with an empty cell where a bill records nothing", () => {
    const offence = { id: "p1", category: "criminal_offence" as const, text: "A new offence.", citation: "s. 1", textVersionCode: null, textSection: null };
    const rows = compareRows([bill("a", [offence]), bill("b")]);
    expect(rows.map((row) => row.category)).toEqual([...provisionCategories]);
    expect(rows[0]?.cells).toEqual([[offence], []]);
  });
});

describe("compareCsvRows", () => {
  it("writes one row per provision and one 'Not recorded' row per empty cell", () => {
    const rows = compareCsvRows([bill("a", [{ id: "p1", category: "penalty", text: "Up to 5 years.", citation: null, textVersionCode: null, textSection: null }])]);
    expect(rows).toHaveLength(provisionCategories.length);
    expect(rows.find((row) => row.category === "penalty")).toEqual({
      bill_slug: "a",
      bill_short_title: "A",
      category: "penalty",
      category_label: "Penalty",
      provision_id: "p1",
      text: "Up to 5 years.",
      citation: "",
    });
    expect(rows.filter((row) => row.text === "Not recorded")).toHaveLength(provisionCategories.length - 1);
  });
});

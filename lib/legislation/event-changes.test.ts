import { describe, expect, it } from "vitest";

import { describeChanges, type ComparableEvent } from "./event-changes";

const original: ComparableEvent = {
  stage: "reported",
  occurredOn: "2025-06-12",
  chamber: "senate",
  description: "Reported by the Judiciary Committee.",
  vote: null,
  sourceUrl: "https://example.org/advocacy",
  sourceKind: "secondary",
  note: null,
};

describe("describeChanges", () => {
  it("lists only what the correction changed, in words", () => {
    const corrected = { ...original, occurredOn: "2025-06-26", vote: "22–0", sourceUrl: "https://www.cbo.gov/publication/61842", sourceKind: "official" as const };
    expect(describeChanges("us", original, corrected)).toEqual([
      { field: "Date", from: "12 June 2025", to: "26 June 2025" },
      { field: "Vote", from: "none", to: "22–0" },
      { field: "Source", from: "https://example.org/advocacy", to: "https://www.cbo.gov/publication/61842" },
      { field: "Kind of source", from: "secondary source", to: "official record" },
    ]);
  });

  it("names stages and chambers as readers know them", () => {
    const corrected = { ...original, stage: "passed_one_chamber", chamber: "house" };
    expect(describeChanges("us", original, corrected)).toEqual([
      { field: "Stage", from: "Reported by committee", to: "Passed one chamber" },
      { field: "Chamber", from: "Senate", to: "House" },
    ]);
  });

  it("finds nothing to report for an identical re-recording", () => {
    expect(describeChanges("us", original, { ...original })).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";

import { describeChanges, type ComparableEvent } from "./event-changes";

const original: ComparableEvent = {
  path: "senate",
  stage: "reported",
  occurredOn: "2025-06-12",
  chamber: "senate",
  billNumber: null,
  attemptFailed: false,
  body: null,
  subject: null,
  provisions: null,
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

  it("names steps and chambers as readers know them", () => {
    const corrected = { ...original, path: "house", stage: "passed", chamber: "house" };
    expect(describeChanges("us", original, corrected)).toEqual([
      { field: "Step", from: "Reported by a Senate committee", to: "Passed the House" },
      { field: "Chamber", from: "Senate", to: "House" },
    ]);
  });

  it("says when an event is corrected into a failed attempt, or gains its particulars", () => {
    const corrected = { ...original, attemptFailed: true, body: "Senate Committee on the Judiciary", billNumber: "S.1829" };
    expect(describeChanges("us", original, corrected)).toEqual([
      { field: "Outcome", from: "happened", to: "attempted, without success" },
      { field: "Bill number", from: "none", to: "S.1829" },
      { field: "Who acted", from: "none", to: "Senate Committee on the Judiciary" },
    ]);
  });

  it("finds nothing to report for an identical re-recording", () => {
    expect(describeChanges("us", original, { ...original })).toEqual([]);
  });
});

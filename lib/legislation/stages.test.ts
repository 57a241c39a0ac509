import { describe, expect, it } from "vitest";

import { catalogues, findStage, isStageOf, outcomeGroup, stageLabel, stagesOf } from "./stages";

describe("stage catalogue", () => {
  it("orders US Congress from introduction to enactment", () => {
    expect(catalogues.us.steps.map((stage) => stage.code)).toEqual([
      "introduced",
      "in_committee",
      "reported",
      "passed_one_chamber",
      "passed_both_chambers",
      "to_president",
      "enacted",
    ]);
  });

  it("orders the UK's five stages in the first House before the second, then ping-pong and Royal Assent", () => {
    const steps = catalogues.uk.steps;
    const first = steps.filter((stage) => stage.house === "first").map((stage) => stage.label);
    const second = steps.filter((stage) => stage.house === "second").map((stage) => stage.label);
    const expected = ["First reading", "Second reading", "Committee stage", "Report stage", "Third reading"];
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    const rank = (code: string) => findStage("uk", code)!.rank;
    expect(rank("first_house_third_reading")).toBeLessThan(rank("second_house_first_reading"));
    expect(rank("second_house_third_reading")).toBeLessThan(rank("consideration_of_amendments"));
    expect(steps.at(-1)?.code).toBe("royal_assent");
  });

  it("gives every stage a unique code and strictly increasing ranks along the steps", () => {
    for (const catalogue of Object.values(catalogues)) {
      const codes = stagesOf(catalogue.jurisdiction).map((stage) => stage.code);
      expect(new Set(codes).size).toBe(codes.length);
      const ranks = catalogue.steps.map((stage) => stage.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(ranks).size).toBe(ranks.length);
    }
  });

  it("treats vetoed, failed, died, fallen and withdrawn as endings that did not pass", () => {
    expect(outcomeGroup("us", "vetoed")).toBe("failed");
    expect(outcomeGroup("us", "died")).toBe("failed");
    expect(outcomeGroup("us", "failed")).toBe("failed");
    expect(outcomeGroup("uk", "fallen")).toBe("failed");
    expect(outcomeGroup("uk", "withdrawn")).toBe("failed");
    expect(outcomeGroup("us", "enacted")).toBe("enacted");
    expect(outcomeGroup("uk", "royal_assent")).toBe("enacted");
    expect(outcomeGroup("us", "reported")).toBe("pending");
    expect(outcomeGroup("us", null)).toBe("pending");
  });

  it("refuses a stage from the other legislature", () => {
    expect(isStageOf("us", "royal_assent")).toBe(false);
    expect(isStageOf("uk", "to_president")).toBe(false);
    expect(isStageOf("uk", "royal_assent")).toBe(true);
    expect(findStage("us", "nonsense")).toBeNull();
  });

  it("labels stages in words", () => {
    expect(stageLabel("us", "enacted")).toBe("Became law");
    expect(stageLabel("uk", "consideration_of_amendments")).toBe("Consideration of amendments (ping-pong)");
  });
});

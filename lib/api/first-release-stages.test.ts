import { describe, expect, it } from "vitest";

import { replacementOfFirstReleaseStage } from "./first-release-stages";
import { billsQuerySchema, stageCodes } from "./schema";

const FIRST_RELEASE_CODES = [
  "in_committee",
  "passed_one_chamber",
  "passed_both_chambers",
  "to_president",
  "enacted",
  "first_house_second_reading",
  "second_house_committee",
];

describe("first-release stage codes in the API's stage filter", () => {
  it("names a replacement that is a step code of today's models", () => {
    for (const code of FIRST_RELEASE_CODES) {
      const replacement = replacementOfFirstReleaseStage(code);
      expect(replacement, code).toBeDefined();
      const firstWord = replacement!.split(/[ ,]/)[0]!;
      expect(stageCodes, code).toContain(firstWord);
    }
  });

  it("refuses an old code with its replacement as the reason", () => {
    const result = billsQuerySchema.safeParse({ stage: "passed_one_chamber" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(
      "passed_one_chamber was a stage code of the first release; use the step code passed or received (each bill's paths say which chamber).",
    );
  });

  it("keeps the general reason for anything else, including Object.prototype's names", () => {
    for (const input of ["pending", "constructor", "__proto__", "first_house_", "first_house_nonsense"]) {
      expect(replacementOfFirstReleaseStage(input), input).toBeUndefined();
      const result = billsQuerySchema.safeParse({ stage: input });
      expect(result.error!.issues[0]!.message, input).toBe("Use a step code of a process model, e.g. passed or royal_assent.");
    }
  });
});

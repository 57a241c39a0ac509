import { describe, expect, it } from "vitest";

import type { StageEvent } from "./current-stage";
import { outOfOrderAgainst } from "./stage-order";

function event(stage: string, day: string): StageEvent {
  return { id: `${stage}-${day}`, stage, occurredOn: new Date(`${day}T00:00:00Z`), createdAt: new Date(), retractedAt: null, superseded: false };
}

describe("outOfOrderAgainst", () => {
  it("accepts the next stage, the same stage again, and any stage on an empty history", () => {
    expect(outOfOrderAgainst("us", [event("introduced", "2025-01-16")], "in_committee")).toBeNull();
    expect(outOfOrderAgainst("us", [event("passed_one_chamber", "2025-02-13")], "passed_one_chamber")).toBeNull();
    expect(outOfOrderAgainst("us", [], "enacted")).toBeNull();
  });

  it("flags a stage before the current one, naming where the bill is", () => {
    expect(outOfOrderAgainst("us", [event("passed_one_chamber", "2025-02-13")], "reported")?.label).toBe("Passed one chamber");
    expect(outOfOrderAgainst("uk", [event("royal_assent", "2026-04-29")], "second_house_report")?.label).toBe("Royal Assent");
  });

  it("ignores retracted events when deciding", () => {
    const retracted = { ...event("enacted", "2025-05-19"), retractedAt: new Date() };
    expect(outOfOrderAgainst("us", [event("introduced", "2025-01-16"), retracted], "in_committee")).toBeNull();
  });
});

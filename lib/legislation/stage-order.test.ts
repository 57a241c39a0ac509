import { describe, expect, it } from "vitest";

import type { StageEvent } from "./current-stage";
import { stageOrderProblem } from "./stage-order";

function event(stage: string, day: string): StageEvent {
  return { id: `${stage}-${day}`, stage, occurredOn: new Date(`${day}T00:00:00Z`), createdAt: new Date(), retractedAt: null, superseded: false };
}

const on = (day: string) => new Date(`${day}T00:00:00Z`);

describe("stageOrderProblem", () => {
  it("accepts the next stage, the same stage again, and any stage on an empty history", () => {
    expect(stageOrderProblem("us", [event("introduced", "2025-01-16")], "in_committee", on("2025-01-20"))).toBeNull();
    expect(stageOrderProblem("us", [event("passed_one_chamber", "2025-02-13")], "passed_one_chamber", on("2025-03-01"))).toBeNull();
    expect(stageOrderProblem("us", [], "enacted", on("2025-05-19"))).toBeNull();
  });

  it("flags a stage before the current one, naming where the bill is", () => {
    expect(stageOrderProblem("us", [event("passed_one_chamber", "2025-02-13")], "reported", on("2025-04-08"))).toMatchObject({
      kind: "behind",
      current: { label: "Passed one chamber" },
    });
    expect(stageOrderProblem("uk", [event("royal_assent", "2026-04-29")], "second_house_report", on("2026-01-01"))).toMatchObject({
      kind: "behind",
      current: { label: "Royal Assent" },
    });
  });

  it("flags a later stage dated before an earlier step, like passing before being introduced", () => {
    const problem = stageOrderProblem("us", [event("introduced", "2025-05-21")], "passed_one_chamber", on("2025-02-13"));
    expect(problem).toMatchObject({ kind: "predates", step: { label: "Introduced" } });
    expect(problem?.kind === "predates" && problem.occurredOn.toISOString()).toBe("2025-05-21T00:00:00.000Z");
  });

  it("ignores retracted events when deciding", () => {
    const retracted = { ...event("enacted", "2025-05-19"), retractedAt: new Date() };
    expect(stageOrderProblem("us", [event("introduced", "2025-01-16"), retracted], "in_committee", on("2025-02-01"))).toBeNull();
  });
});

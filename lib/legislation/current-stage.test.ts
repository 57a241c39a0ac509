import { describe, expect, it } from "vitest";

import { currentStage, type StageEvent } from "./current-stage";

let counter = 0;
function event(stage: string, occurredOn: string, extra: Partial<StageEvent> = {}): StageEvent {
  counter += 1;
  return {
    id: `e${counter}`,
    stage,
    occurredOn: new Date(`${occurredOn}T00:00:00Z`),
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, counter)),
    retractedAt: null,
    superseded: false,
    ...extra,
  };
}

describe("currentStage", () => {
  it("is null for a bill with no events", () => {
    expect(currentStage("us", [])).toBeNull();
  });

  it("keeps the furthest stage when a companion bill's committee reports later", () => {
    const events = [
      event("introduced", "2025-01-16"),
      event("passed_one_chamber", "2025-02-13"),
      event("reported", "2025-04-08"),
    ];
    expect(currentStage("us", events)?.stage.code).toBe("passed_one_chamber");
  });

  it("orders same-day events by stage, so signing beats presentation", () => {
    const events = [event("enacted", "2025-05-19"), event("to_president", "2025-05-19")];
    expect(currentStage("us", events)?.stage.code).toBe("enacted");
  });

  it("lets a later outcome end the journey even below the furthest step", () => {
    const events = [event("passed_both_chambers", "2025-03-01"), event("died", "2027-01-03")];
    expect(currentStage("us", events)?.stage.code).toBe("died");
  });

  it("takes the latest of two outcomes, so an override after a veto counts", () => {
    const events = [event("vetoed", "2025-06-01"), event("enacted", "2025-07-01")];
    expect(currentStage("us", events)?.stage.code).toBe("enacted");
  });

  it("ignores retracted and superseded events", () => {
    const events = [
      event("first_house_first_reading", "2025-02-25"),
      event("royal_assent", "2026-04-29", { retractedAt: new Date() }),
      event("first_house_second_reading", "2025-03-10", { superseded: true }),
    ];
    expect(currentStage("uk", events)?.stage.code).toBe("first_house_first_reading");
  });

  it("ignores stages that are not in the jurisdiction's catalogue", () => {
    expect(currentStage("uk", [event("enacted", "2025-01-01")])).toBeNull();
  });

  it("gives the same answer whatever order the events arrive in", () => {
    const events = [
      event("reported", "2025-06-26"),
      event("introduced", "2025-05-21"),
      event("reported", "2025-06-26"),
    ];
    const forward = currentStage("us", events)?.event.id;
    const backward = currentStage("us", [...events].reverse())?.event.id;
    expect(forward).toBe(backward);
  });
});

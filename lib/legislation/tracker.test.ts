import { describe, expect, it } from "vitest";

import { buildTracker, stepsReached, type TrackerEvent } from "./tracker";

function event(stage: string, occurredOn: string, chamber: string | null = null): TrackerEvent {
  return { stage, occurredOn, chamber };
}

describe("buildTracker", () => {
  it("marks every step upcoming for a bill with no history", () => {
    const tracker = buildTracker("us", [], null);
    expect(tracker.steps.every((step) => step.status === "upcoming")).toBe(true);
    expect(tracker.currentCode).toBeNull();
    expect(stepsReached(tracker)).toBe(0);
  });

  it("shows steps passed before the history starts as done without a date", () => {
    const tracker = buildTracker("us", [event("passed_one_chamber", "2025-12-16", "senate")], "passed_one_chamber");
    const byCode = Object.fromEntries(tracker.steps.map((step) => [step.code, step]));
    expect(byCode.introduced).toMatchObject({ status: "done", reachedOn: null });
    expect(byCode.reported).toMatchObject({ status: "done", reachedOn: null });
    expect(byCode.passed_one_chamber).toMatchObject({ status: "current", reachedOn: "2025-12-16", chamber: "senate" });
    expect(byCode.passed_both_chambers?.status).toBe("upcoming");
    expect(stepsReached(tracker)).toBe(4);
  });

  it("dates a step by its earliest event, so the Senate's introduction comes before the House companion's", () => {
    const tracker = buildTracker(
      "us",
      [event("introduced", "2025-01-22", "house"), event("introduced", "2025-01-16", "senate")],
      "introduced",
    );
    expect(tracker.steps[0]).toMatchObject({ code: "introduced", reachedOn: "2025-01-16", chamber: "senate" });
  });

  it("makes the enacting step current and every step before it done", () => {
    const tracker = buildTracker("uk", [event("first_house_first_reading", "2025-02-25", "commons"), event("royal_assent", "2026-04-29")], "royal_assent");
    expect(tracker.steps.at(-1)).toMatchObject({ code: "royal_assent", status: "current", enacting: true, reachedOn: "2026-04-29" });
    expect(tracker.steps.slice(0, -1).every((step) => step.status === "done")).toBe(true);
    expect(tracker.steps.find((step) => step.code === "consideration_of_amendments")?.reachedOn).toBeNull();
  });

  it("draws an ending after the furthest step reached and leaves the rest not reached", () => {
    const tracker = buildTracker(
      "us",
      [event("passed_both_chambers", "2025-03-01", "house"), event("died", "2027-01-03")],
      "died",
    );
    expect(tracker.currentCode).toBe("died");
    expect(tracker.ending).toMatchObject({ code: "died", occurredOn: "2027-01-03", afterStep: 4 });
    expect(tracker.steps.filter((step) => step.status === "done").map((step) => step.code)).toEqual([
      "introduced",
      "in_committee",
      "reported",
      "passed_one_chamber",
      "passed_both_chambers",
    ]);
    expect(tracker.steps.slice(5).every((step) => step.status === "not_reached")).toBe(true);
  });

  it("treats the steps before a failed vote as passed, but not the step that failed", () => {
    const tracker = buildTracker("us", [event("failed", "2025-06-01", "senate")], "failed");
    expect(tracker.ending?.afterStep).toBe(2);
    expect(tracker.steps[3]).toMatchObject({ code: "passed_one_chamber", status: "not_reached" });
  });

  it("works out which House came first, even when only the second House's chamber is recorded", () => {
    const lordsFirst = buildTracker("uk", [event("second_house_second_reading", "2025-10-16", "commons")], "second_house_second_reading");
    expect(lordsFirst.houses).toEqual({ first: "lords", second: "commons" });
    expect(buildTracker("us", [], null).houses).toEqual({ first: null, second: null });
  });
});

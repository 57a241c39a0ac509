import { describe, expect, it } from "vitest";

import { orderProblem } from "./order";
import { history, slotsOf } from "./testing/history";
import { ukParliament } from "./uk-parliament";

const session = "2024–26 session";

describe("UK Parliament", () => {
  const commonsFirst = () =>
    history()
      .add("first_house", "first_reading", "2025-02-25", { chamber: "commons" })
      .add("first_house", "second_reading", "2025-03-10", { chamber: "commons" })
      .add("first_house", "third_reading", "2025-06-18", { chamber: "commons" })
      .add("second_house", "second_reading", "2025-10-16", { chamber: "lords" })
      .add("second_house", "committee", "2025-11-27", { chamber: "lords" });

  it("names each House from the bill's events, with its role beneath", () => {
    const status = commonsFirst().status("uk", { session });
    expect(status.paths.map((path) => [path.label, path.role])).toEqual([
      ["House of Commons", "First House"],
      ["House of Lords", "Second House"],
      ["Final stages", null],
    ]);
    expect(status.sentence).toBe("Passed the House of Commons; at committee stage in the House of Lords");
    expect(status.nextSteps.map((step) => step.text)).toEqual(["Report stage in the House of Lords"]);
    // Stages passed without an event of their own count as done.
    expect(slotsOf(status, "first_house")).toEqual([
      "First reading:done",
      "Second reading:done",
      "Committee stage:done",
      "Report stage:done",
      "Third reading:current",
    ]);
  });

  it("works out the first House of a bill that started in the Lords", () => {
    const status = history().add("second_house", "first_reading", "2025-05-01", { chamber: "commons" }).status("uk", { session });
    expect(status.paths[0]).toMatchObject({ label: "House of Lords", role: "First House", complete: true });
  });

  it("reads an Act in force in part, with the commencement of the rest as the usual next step", () => {
    const status = commonsFirst()
      .add("final", "consideration_of_amendments", "2026-04-16", { chamber: "lords" })
      .add("final", "royal_assent", "2026-04-29")
      .add("after", "in_force_in_part", "2026-06-29")
      .status("uk", { session });
    expect(status.phase).toBe("in_force");
    expect(status.sentence).toBe("Law; in force in part");
    expect(status.nextSteps.map((step) => step.text)).toEqual(["Commencement of the remaining provisions"]);
    expect(slotsOf(status, "final")).toEqual(["Consideration of amendments:done", "Royal Assent:current"]);
  });

  it("ends a bill that fell at the end of the session, and keeps a carried-over bill going", () => {
    const fallen = commonsFirst().add("outcome", "fallen", "2026-05-01").status("uk", { session });
    expect(fallen.phase).toBe("ended");
    expect(fallen.sentence).toBe("Fallen at the end of the session on 1 May 2026");
    const carried = commonsFirst().add("procedure", "carried_over", "2026-05-01").status("uk", { session });
    expect(carried.phase).toBe("legislature");
  });

  it("asks for confirmation when both Houses are put in the same chamber", () => {
    const bill = commonsFirst();
    expect(orderProblem(ukParliament, bill.events, { path: "second_house", stage: "report", occurredOn: "2026-01-10", chamber: "commons", billNumber: null })?.kind).toBe("house_mismatch");
    expect(orderProblem(ukParliament, bill.events, { path: "second_house", stage: "report", occurredOn: "2026-01-10", chamber: "lords", billNumber: null })).toBeNull();
  });

  it("sets no term end: a session's end is not fixed in advance", () => {
    expect(ukParliament.termEnd).toBeUndefined();
    expect(commonsFirst().status("uk", { session }, new Date("2030-01-01T00:00:00Z")).phase).toBe("legislature");
  });
});

import { describe, expect, it } from "vitest";

import { orderProblem } from "./order";
import { history, slotsOf } from "./testing/history";
import { congressTermEnd, usCongress } from "./us-congress";

const session = "119th Congress";

describe("United States Congress", () => {
  describe("the ENFORCE Act, passed by the Senate and received in the House", () => {
    const enforce = () =>
      history()
        .add("house", "referred", "2025-08-01", { billNumber: "H.R.4831", body: "House Committee on the Judiciary" })
        .add("senate", "referred", "2025-10-21", { billNumber: "S.3021", body: "Senate Committee on the Judiciary" })
        .add("senate", "passed", "2025-12-16", { billNumber: "S.3021" })
        .add("house", "received", "2025-12-17", { billNumber: "S.3021" });

    it("accepts a House committee referral as the next step, with no confirmation", () => {
      const bill = enforce();
      expect(orderProblem(usCongress, bill.events, { path: "house", stage: "referred", occurredOn: "2026-12-01", chamber: "house", billNumber: null })).toBeNull();
      expect(orderProblem(usCongress, bill.events, { path: "house", stage: "referred", occurredOn: "2026-12-01", chamber: "house", billNumber: "S.3021" })).toBeNull();
    });

    it("reads as passed by the Senate and in the House committee, with the House's usual next step", () => {
      const status = enforce()
        .add("house", "referred", "2026-12-01", { billNumber: "S.3021", body: "House Committee on the Judiciary" })
        .status("us", { numbers: ["S.3021", "H.R.4831"], session });
      expect(status.sentence).toBe("Passed the Senate; in the House Committee on the Judiciary");
      expect(status.phase).toBe("legislature");
      // The Senate discharged its committee: the report it never made is left out, not drawn as done.
      expect(slotsOf(status, "senate")).toEqual(["Introduced or received:done", "Referred to committee:done", "Passed:current"]);
      expect(slotsOf(status, "house")).toEqual([
        "Received:done",
        "Referred to committee:current",
        "Reported by committee:upcoming",
        "On the calendar:upcoming",
        "Passed:upcoming",
      ]);
      expect(status.paths.find((path) => path.code === "house")?.slots[1]).toMatchObject({ reachedOn: "2026-12-01", billNumber: "S.3021" });
      expect(status.nextSteps).toEqual([{ path: "house", pathLabel: "House", text: "House committee consideration" }]);
      expect(status.headline).toEqual({ path: "senate", stage: "passed", label: "Passed the Senate" });
    });

    it("says when the House step is the companion's, not the bill's", () => {
      const status = enforce().status("us", { numbers: ["S.3021", "H.R.4831"], session });
      expect(status.sentence).toBe("Passed the Senate; in the House Committee on the Judiciary (H.R.4831)");
    });
  });

  it("puts companion bills' steps on their own chamber's path, and signs the Senate's bill into law", () => {
    const status = history()
      .add("senate", "referred", "2025-01-16", { billNumber: "S.146" })
      .add("house", "referred", "2025-01-22", { billNumber: "H.R.633" })
      .add("senate", "passed", "2025-02-13", { billNumber: "S.146" })
      .add("house", "reported", "2025-04-08", { billNumber: "H.R.633" })
      .add("house", "passed", "2025-04-28", { billNumber: "S.146" })
      .add("final", "presented", "2025-05-19")
      .add("final", "signed", "2025-05-19")
      .status("us", { numbers: ["S.146", "H.R.633"], session });
    expect(status.phase).toBe("enacted");
    expect(status.sentence).toBe("Law since 19 May 2025; no commencement recorded yet");
    expect(status.enactment).toEqual({ code: "signed", label: "Signed by the President", occurredOn: "2025-05-19" });
    expect(slotsOf(status, "final")).toEqual(["Sent to the President:done", "Signed into law:current"]);
    expect(status.nextSteps).toEqual([{ path: "after", pathLabel: "After enactment", text: "Entry into force (commencement)" }]);
  });

  it("follows the law after enactment: in force, then enforced by a named body", () => {
    const status = history()
      .add("final", "signed", "2025-05-19")
      .add("after", "rules", "2026-05-11", { body: "Federal Trade Commission" })
      .add("after", "in_force", "2026-05-19")
      .add("after", "enforcement_begins", "2026-05-19", { body: "Federal Trade Commission" })
      .status("us", { session });
    expect(status.phase).toBe("enforced");
    expect(status.sentence).toBe("Law; in force; being enforced by the Federal Trade Commission");
    expect(status.after?.entries.map((entry) => entry.label)).toEqual(["Rules or guidance issued", "In force", "Enforcement begins"]);
    // Done by implication: the bill was signed, so both chambers passed it.
    expect(status.paths.every((path) => path.complete)).toBe(true);
    expect(status.nextSteps).toEqual([]);
  });

  it("lets a failed attempt to pass stay in the history without moving the bill", () => {
    const bill = history()
      .add("senate", "reported", "2025-06-26")
      .add("senate", "calendared", "2025-06-26")
      .add("senate", "passed", "2025-12-10", { attemptFailed: true });
    const status = bill.status("us", { session });
    expect(status.sentence).toBe("Reported by committee and on the Senate calendar");
    expect(status.headline?.stage).toBe("calendared");
    expect(slotsOf(status, "senate").at(-1)).toBe("Passed:upcoming");
  });

  it("draws the usual steps ahead, but leaves out a skipped one once the path went past it", async () => {
    const ahead = history().add("senate", "introduced", "2025-01-03").status("us", { session });
    expect(slotsOf(ahead, "senate")).toEqual([
      "Introduced:current",
      "Referred to committee:upcoming",
      "Reported by committee:upcoming",
      "On the calendar:upcoming",
      "Passed:upcoming",
    ]);
    const past = history().add("senate", "introduced", "2025-01-03").add("senate", "passed", "2025-01-09").status("us", { session });
    expect(slotsOf(past, "senate")).toEqual(["Introduced:done", "Passed:current"]);
  });

  it("ends at a veto, and becomes law when the veto is overridden", () => {
    const vetoed = history()
      .add("house", "passed", "2025-01-10")
      .add("senate", "passed", "2025-02-10")
      .add("final", "presented", "2025-02-12")
      .add("final", "vetoed", "2025-02-20");
    const ended = vetoed.status("us", { session });
    expect(ended.phase).toBe("ended");
    expect(ended.sentence).toBe("Vetoed by the President on 20 February 2025");
    expect(ended.nextSteps.map((step) => step.text)).toEqual(["A vote to override the veto (two-thirds of each chamber)"]);
    const overridden = vetoed.add("final", "veto_overridden", "2025-03-05").status("us", { session });
    expect(overridden.phase).toBe("enacted");
    expect(overridden.headline?.stage).toBe("veto_overridden");
  });

  it("names the other chamber as the next step once one chamber has passed the bill", () => {
    const status = history().add("senate", "introduced", "2025-01-03").add("senate", "passed", "2025-03-01").status("us", { session });
    expect(status.sentence).toBe("Passed the Senate");
    expect(status.nextSteps).toEqual([{ path: "house", pathLabel: "House", text: "Consideration in the House" }]);
  });

  it("asks for confirmation of a vote dated before the introduction in that chamber", () => {
    const bill = history().add("senate", "introduced", "2025-01-16");
    expect(orderProblem(usCongress, bill.events, { path: "senate", stage: "passed", occurredOn: "2025-01-02", chamber: null, billNumber: null })?.kind).toBe("before_earlier_step");
    expect(orderProblem(usCongress, bill.events, { path: "house", stage: "passed", occurredOn: "2025-01-02", chamber: null, billNumber: null })).toBeNull();
  });

  it("asks for confirmation of a step after enactment dated before the bill became law", () => {
    const bill = history().add("final", "signed", "2025-05-19");
    expect(orderProblem(usCongress, bill.events, { path: "after", stage: "in_force", occurredOn: "2025-05-01", chamber: null, billNumber: null })?.kind).toBe("before_enactment");
  });

  describe("the end of a Congress", () => {
    it("knows when each Congress ends", () => {
      expect(congressTermEnd("119th Congress")).toMatchObject({ label: "119th Congress", endsOn: "2027-01-03", endsAt: "2027-01-03T17:00:00.000Z" });
      expect(congressTermEnd("118th Congress")?.endsOn).toBe("2025-01-03");
      expect(congressTermEnd("121st Congress")?.label).toBe("121st Congress");
      expect(congressTermEnd("2024–26 session")).toBeNull();
    });

    it("reads an unenacted bill as died once the Congress has ended, and leaves a law alone", () => {
      const pending = history().add("senate", "calendared", "2025-06-26");
      const before = pending.status("us", { session }, new Date("2027-01-03T16:59:00Z"));
      expect(before.phase).toBe("legislature");
      const after = pending.status("us", { session }, new Date("2027-01-03T17:00:00Z"));
      expect(after.phase).toBe("ended");
      expect(after.sentence).toBe("Died at the end of the 119th Congress");
      expect(after.ending).toMatchObject({ code: "died", occurredOn: "2027-01-03", derived: true });
      expect(after.ending?.rule?.sourceUrl).toBe("https://constitution.congress.gov/constitution/amendment-20/");
      expect(slotsOf(after, "senate").at(-1)).toBe("Passed:not_reached");
      const law = history().add("final", "signed", "2025-05-19").status("us", { session }, new Date("2027-02-01T00:00:00Z"));
      expect(law.phase).toBe("enacted");
    });
  });
});

import { describe, expect, it } from "vitest";

import { history, slotsOf } from "./testing/history";

describe("European Union, ordinary legislative procedure", () => {
  const proposal = () => history().add("commission", "proposal", "2022-05-11", { chamber: "commission" });

  it("names Parliament's and the Council's positions as the next steps after a proposal", () => {
    const status = proposal().status("eu");
    expect(status.sentence).toBe("Proposed by the Commission");
    expect(status.nextSteps.map((step) => `${step.pathLabel}: ${step.text}`)).toEqual([
      "Parliament: A committee report in Parliament",
      "Council: A general approach in the Council",
    ]);
  });

  it("reads as in trilogue once negotiations begin, and a trilogue without agreement moves nothing", () => {
    const status = proposal()
      .add("parliament", "mandate", "2023-11-22")
      .add("council", "general_approach", "2025-11-26")
      .add("trilogue", "started", "2025-12-09")
      .add("trilogue", "agreement", "2026-06-29", { attemptFailed: true })
      .status("eu");
    expect(status.phase).toBe("legislature");
    expect(status.sentence).toBe("In trilogue: Parliament and the Council are negotiating");
    expect(slotsOf(status, "trilogue")).toEqual(["Negotiations:current", "Provisional agreement:upcoming"]);
    expect(status.nextSteps.map((step) => step.text)).toEqual(["A provisional agreement between Parliament and the Council"]);
  });

  it("offers a trilogue, not adoption, as the next step once both positions are taken", () => {
    const status = proposal().add("parliament", "mandate", "2023-11-22").add("council", "general_approach", "2025-11-26").status("eu");
    expect(status.sentence).toBe("Parliament has its negotiating mandate; the Council has agreed its general approach");
    expect(status.nextSteps.map((step) => step.path)).toEqual(["trilogue"]);
  });

  it("follows an adopted regulation through entry into force, extension and expiry", () => {
    const status = history()
      .add("adoption", "parliament_adopted", "2021-07-06")
      .add("adoption", "signed", "2021-07-14")
      .add("after", "in_force", "2021-08-02")
      .add("after", "extended", "2024-04-10")
      .add("after", "extended", "2026-03-26", { attemptFailed: true })
      .add("after", "expired", "2026-04-03")
      .status("eu");
    expect(status.phase).toBe("no_longer_in_force");
    expect(status.sentence).toBe("Expired on 3 April 2026");
    expect(status.after?.entries.map((entry) => entry.label)).toEqual(["Entered into force", "Extended", "Attempt to extend it failed", "Expired"]);
    // An adopted act skipped no trilogue it needed to record: the path is left out, not drawn as missed.
    expect(status.paths.map((path) => path.code)).toEqual(["commission", "parliament", "council", "adoption"]);
  });
});

import { describe, expect, it } from "vitest";

import { chamberName, eventTitle } from "./index";
import { history, slotsOf } from "./testing/history";
import { usState } from "./us-state";

describe("US state legislature", () => {
  it("names the lower house as the state does", () => {
    expect(chamberName(usState, "house", "California")).toBe("Assembly");
    expect(chamberName(usState, "house", "Virginia")).toBe("House of Delegates");
    expect(chamberName(usState, "house", "Texas")).toBe("House");
    expect(eventTitle("us_state", { path: "house", stage: "passed", chamber: null }, "New York")).toBe("Passed the Assembly");
  });

  it("goes through both chambers and the Governor", () => {
    const status = history()
      .add("senate", "introduced", "2025-02-01")
      .add("senate", "passed", "2025-03-01")
      .add("house", "passed", "2025-04-01")
      .add("final", "presented", "2025-04-05")
      .status("us_state", { region: "California", session: "2025–26 regular session" });
    expect(status.sentence).toBe("Passed both chambers; with the Governor");
    expect(status.paths.map((path) => path.label)).toEqual(["Senate", "Assembly", "Becoming law"]);
    expect(status.nextSteps.map((step) => step.text)).toEqual(["The Governor signs or vetoes it (within the time the state's constitution allows)"]);
    const signed = history().add("final", "signed", "2025-05-01").status("us_state", { region: "California" });
    expect(signed.enactment?.label).toBe("Signed by the Governor");
    expect(slotsOf(signed, "house").every((slot) => slot.endsWith(":done") || slot.endsWith(":current"))).toBe(true);
  });

  it("sets no term end: each state's sessions differ", () => {
    expect(usState.termEnd).toBeUndefined();
  });
});

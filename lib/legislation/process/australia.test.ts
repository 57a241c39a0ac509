import { describe, expect, it } from "vitest";

import { history } from "./testing/history";

describe("Parliament of Australia", () => {
  it("goes through the House of Representatives and the Senate to assent", () => {
    const bill = history()
      .add("first_house", "first_reading", "2025-07-23", { chamber: "representatives" })
      .add("first_house", "third_reading", "2025-08-20", { chamber: "representatives" })
      .add("second_house", "second_reading", "2025-09-01", { chamber: "senate" });
    const status = bill.status("au", { session: "48th Parliament" });
    expect(status.paths.map((path) => path.label)).toEqual(["House of Representatives", "Senate", "Final stages"]);
    expect(status.sentence).toBe("Passed the House of Representatives; through second reading in the Senate");
    expect(status.nextSteps.map((step) => step.text)).toEqual(["Detailed consideration in the Senate"]);
    const law = bill.add("final", "royal_assent", "2025-10-01").status("au", { session: "48th Parliament" });
    expect(law.enactment?.label).toBe("Assent by the Governor-General");
  });

  it("ends a bill that lapsed when Parliament was prorogued", () => {
    const status = history().add("first_house", "first_reading", "2025-07-23").add("outcome", "lapsed", "2028-03-01").status("au");
    expect(status.phase).toBe("ended");
  });
});

import { describe, expect, it } from "vitest";

import { addDays, daysLeft, windowState } from "./windows";

const window = { opensOn: "2026-12-01", closesOn: "2026-12-20" };

describe("windowState", () => {
  it("is open from its opening day to its closing day, both included", () => {
    expect(windowState(window, "2026-11-30")).toBe("upcoming");
    expect(windowState(window, "2026-12-01")).toBe("open");
    expect(windowState(window, "2026-12-20")).toBe("closing_soon");
    expect(windowState(window, "2026-12-21")).toBe("closed");
  });

  it("says closing soon from seven days before it closes", () => {
    expect(windowState(window, "2026-12-12")).toBe("open");
    expect(windowState(window, "2026-12-13")).toBe("closing_soon");
  });
});

describe("days", () => {
  it("counts across months and years", () => {
    expect(addDays("2026-12-28", 10)).toBe("2027-01-07");
    expect(daysLeft({ closesOn: "2027-01-07" }, "2026-12-28")).toBe(10);
  });
});

import { describe, expect, it } from "vitest";

import { formatDay, formatIsoDay, formatMonth, parseDay, toDay } from "./dates";

describe("legislative dates", () => {
  it("round-trips a calendar day through UTC midnight", () => {
    const date = parseDay("2025-05-19");
    expect(date?.toISOString()).toBe("2025-05-19T00:00:00.000Z");
    expect(toDay(date!)).toBe("2025-05-19");
  });

  it("refuses days that do not exist and other formats", () => {
    expect(parseDay("2025-02-30")).toBeNull();
    expect(parseDay("19/05/2025")).toBeNull();
    expect(parseDay("2025-5-19")).toBeNull();
    expect(parseDay("1234567890-01-01")).toBeNull();
  });

  it("refuses the year 0, which JavaScript accepts and PostgreSQL does not", () => {
    expect(parseDay("0000-01-01")).toBeNull();
    expect(parseDay("0001-01-01")?.toISOString()).toBe("0001-01-01T00:00:00.000Z");
  });

  it("formats days unambiguously", () => {
    expect(formatDay(parseDay("2025-05-19")!)).toBe("19 May 2025");
  });

  it("formats day strings and months for headings", () => {
    expect(formatIsoDay("2026-04-29")).toBe("29 April 2026");
    expect(formatIsoDay("not a day")).toBe("not a day");
    expect(formatMonth("2025-12-16")).toBe("December 2025");
  });
});

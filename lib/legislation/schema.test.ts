import { describe, expect, it } from "vitest";

import { todayIn } from "./chambers";
import { billFieldsSchema, isHttpUrl, parsePublishAt, scheduleSchema, statusEventSchema } from "./schema";

describe("form parsing", () => {
  it("reads one-per-line lists and 'Label | address' links, dropping blank lines", () => {
    const parsed = billFieldsSchema.parse({
      slug: "a-bill",
      shortTitle: "A",
      title: "A",
      jurisdiction: "us",
      session: "119th",
      sponsors: "Sen. Cruz (R-TX)\r\n\r\nSen. Klobuchar (D-MN)\n",
      officialLinks: "Text | https://www.congress.gov/a\nCBO | Cost | https://www.cbo.gov/b",
      verifiedOn: "",
    });
    expect(parsed.sponsors).toEqual(["Sen. Cruz (R-TX)", "Sen. Klobuchar (D-MN)"]);
    expect(parsed.officialLinks).toEqual([
      { label: "Text", url: "https://www.congress.gov/a" },
      { label: "CBO | Cost", url: "https://www.cbo.gov/b" },
    ]);
    expect(parsed.verifiedOn).toBeUndefined();
    expect(parsed.longTitle).toBeNull();
  });

  it("accepts only full http(s) addresses", () => {
    expect(isHttpUrl("https://www.congress.gov/")).toBe(true);
    expect(isHttpUrl("http://bills.parliament.uk/bills/3938")).toBe(true);
    for (const bad of ["javascript:alert(1)", "ftp://example.org", "www.congress.gov", "https://localhost/", "data:text/html,hi"]) {
      expect(isHttpUrl(bad)).toBe(false);
    }
  });

  it("reads a publication time as UTC and refuses the past", () => {
    expect(parsePublishAt("2026-03-01T09:30")?.toISOString()).toBe("2026-03-01T09:30:00.000Z");
    expect(parsePublishAt("2026-02-30T09:30")).toBeNull();
    expect(parsePublishAt("2026-03-01T24:00")).toBeNull();
    const now = new Date("2026-03-01T09:00:00Z");
    expect(scheduleSchema(now).safeParse({ id: "b", version: "1", publishAt: "2026-03-01T08:59" }).success).toBe(false);
    expect(scheduleSchema(now).safeParse({ id: "b", version: "1", publishAt: "2026-03-01T09:01" }).success).toBe(true);
  });

  it("judges 'the future' in the legislature's own time zone", () => {
    // 23:30 in New York on 1 March is already 2 March in UTC and in London.
    const now = new Date("2026-03-02T04:30:00Z");
    expect(todayIn("America/New_York", now)).toBe("2026-03-01");
    expect(todayIn("Europe/London", now)).toBe("2026-03-02");
    const event = { stage: "introduced", description: "x", sourceUrl: "https://www.congress.gov/", sourceKind: "official", occurredOn: "2026-03-02" };
    expect(statusEventSchema("us", now).safeParse(event).success).toBe(false);
    expect(statusEventSchema("us", now).safeParse({ ...event, occurredOn: "2026-03-01" }).success).toBe(true);
    expect(statusEventSchema("uk", now).safeParse({ ...event, stage: "first_house_first_reading" }).success).toBe(true);
  });
});

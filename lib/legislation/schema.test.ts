import { describe, expect, it } from "vitest";

import { todayIn } from "./dates";
import { billFieldsSchema, isHttpUrl, parsePublishAt, scheduleSchema, statusEventSchemaFor } from "./schema";

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
    const event = { step: "senate:introduced", description: "x", sourceUrl: "https://www.congress.gov/", sourceKind: "official", occurredOn: "2026-03-02" };
    const bill = { numbers: [] };
    expect(statusEventSchemaFor("us", bill, now).safeParse(event).success).toBe(false);
    expect(statusEventSchemaFor("us", bill, now).safeParse({ ...event, occurredOn: "2026-03-01" }).success).toBe(true);
    expect(statusEventSchemaFor("uk", bill, now).safeParse({ ...event, step: "first_house:first_reading" }).success).toBe(true);
  });

  describe("a status event's step", () => {
    const base = { description: "Referred to the Committee on the Judiciary.", sourceUrl: "https://www.congress.gov/", sourceKind: "official", occurredOn: "2025-12-18" };
    const bill = { numbers: ["S.3021", "H.R.4831"] };
    const parse = (input: Record<string, unknown>, jurisdiction = "us") => statusEventSchemaFor(jurisdiction, bill).safeParse({ ...base, ...input });

    it("takes the path and step from the form's one select, and the chamber from the path", () => {
      const parsed = parse({ step: "house:referred" });
      expect(parsed.success && parsed.data).toMatchObject({ path: "house", stage: "referred", chamber: "house", attemptFailed: false });
    });

    it("finds the path of a step given without one from its chamber, or its only path", () => {
      expect(parse({ stage: "passed", chamber: "senate" }).data).toMatchObject({ path: "senate", stage: "passed" });
      expect(parse({ stage: "presented" }).data).toMatchObject({ path: "final", chamber: "president" });
    });

    it("refuses a step whose path stays unknown, a step of another legislature and a chamber off its path", () => {
      expect(parse({ stage: "passed" }).error?.issues[0]).toMatchObject({ path: ["step"], message: expect.stringContaining("which chamber's path") });
      expect(parse({ step: "first_house:second_reading" }).error?.issues[0]?.path).toEqual(["step"]);
      expect(parse({ step: "senate:passed", chamber: "house" }).error?.issues[0]?.path).toEqual(["chamber"]);
      expect(parse({ step: "senate:passed", chamber: "lords" }).error?.issues[0]?.path).toEqual(["chamber"]);
    });

    it("keeps a bill number only if it is one of the bill's, and reads the failed-attempt box", () => {
      expect(parse({ step: "house:referred", billNumber: "H.R.4831" }).data?.billNumber).toBe("H.R.4831");
      expect(parse({ step: "house:referred", billNumber: "H.R.1" }).error?.issues[0]?.path).toEqual(["billNumber"]);
      expect(parse({ step: "senate:passed", attemptFailed: "yes" }).data?.attemptFailed).toBe(true);
    });
  });
});

import { describe, expect, it } from "vitest";

import { decodeChangeCursor, decodeCursor, encodeChangeCursor, encodeCursor, parseAsOf, parseBoardParams, parsePage, parseTimelineParams, queryString } from "./public-params";

const topics = ["deepfakes", "criminal law"];

describe("parsePage", () => {
  it("reads a page number, 1 when absent, and nothing that is not a page number", () => {
    expect(parsePage({})).toBe(1);
    expect(parsePage({ page: "" })).toBe(1);
    expect(parsePage({ page: "3" })).toBe(3);
    expect(parsePage({ page: ["2", "5"] })).toBe(2);
    for (const page of ["0", "-1", "1.5", "abc", "02", "1e3", "9999999"]) expect(parsePage({ page })).toBeNull();
  });
});

describe("parseBoardParams", () => {
  it("reads every filter and sorts by latest activity by default", () => {
    expect(parseBoardParams({ jurisdiction: "uk", outcome: "enacted", topic: "criminal law" }, topics)).toEqual({
      filters: { q: undefined, jurisdiction: "uk", phase: undefined, outcome: "enacted", topic: "criminal law", sort: "activity" },
      problems: [],
    });
  });

  it("ranks a search by relevance unless the reader chose another order", () => {
    expect(parseBoardParams({ q: " deepfake " }, topics).filters).toMatchObject({ q: "deepfake", sort: "relevance" });
    expect(parseBoardParams({ q: "deepfake", sort: "title" }, topics).filters.sort).toBe("title");
    expect(parseBoardParams({ sort: "relevance" }, topics).filters.sort).toBe("activity");
  });

  it("reads a phase, and the outcome of older links as the phases it covers", () => {
    expect(parseBoardParams({ phase: "in_force" }, topics).filters).toMatchObject({ phase: "in_force", outcome: undefined });
    expect(parseBoardParams({ jurisdiction: "eu", phase: "legislature" }, topics).filters).toMatchObject({ jurisdiction: "eu", phase: "legislature" });
  });

  it("drops values it cannot use and says why, next to the field", () => {
    const { filters, problems } = parseBoardParams({ jurisdiction: "fr", outcome: "maybe", topic: "cats", sort: "random" }, topics);
    expect(filters).toEqual({ q: undefined, jurisdiction: undefined, phase: undefined, outcome: undefined, topic: undefined, sort: "activity" });
    // The phase select stands where the outcome select was.
    expect(problems.map((problem) => problem.field)).toEqual(["jurisdiction", "phase", "topic"]);
    expect(problems[2]?.message).toContain("“cats”");
    expect(parseBoardParams({ phase: "constructor" }, topics).problems.map((problem) => problem.field)).toEqual(["phase"]);
  });

  it("searches without the characters PostgreSQL cannot take, and for nothing when only they were typed", () => {
    expect(parseBoardParams({ q: "deep\u0000fake\uD800" }, topics).filters.q).toBe("deepfake");
    expect(parseBoardParams({ q: "\u0000 \uDC00" }, topics).filters).toMatchObject({ q: undefined, sort: "activity" });
  });

  it("takes the first of repeated parameters and ignores empty ones", () => {
    expect(parseBoardParams({ jurisdiction: ["us", "uk"], q: "" }, topics).filters).toMatchObject({ jurisdiction: "us", q: undefined });
  });
});

describe("timeline parameters", () => {
  it("round-trips a cursor and refuses a malformed one with a message", () => {
    const cursor = { occurredOn: "2025-05-19", id: "cmabc123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("2025-02-30.abc")).toBeNull();
    const { filters, problems } = parseTimelineParams({ cursor: "'; drop table" }, []);
    expect(filters.cursor).toBeUndefined();
    expect(problems).toHaveLength(1);
  });

  it("accepts a real day for since and explains the format otherwise", () => {
    expect(parseTimelineParams({ since: "2025-11-17", bill: "enforce-act" }, ["enforce-act"]).filters).toMatchObject({
      since: "2025-11-17",
      bill: "enforce-act",
    });
    const { filters, problems } = parseTimelineParams({ since: "17/11/2025", bill: "nope" }, ["enforce-act"]);
    expect(filters).toMatchObject({ since: undefined, bill: undefined });
    expect(problems.map((problem) => problem.field)).toEqual(["bill", "since"]);
  });

  it("reads since as changes to the tracker unless asked for the date of the action", () => {
    expect(parseTimelineParams({ since: "2026-11-02" }, []).filters.by).toBe("change");
    expect(parseTimelineParams({ since: "2026-11-02", by: "action" }, []).filters.by).toBe("action");
    expect(parseTimelineParams({ by: "action" }, []).filters.by).toBeUndefined();
    const { filters, problems } = parseTimelineParams({ since: "2026-11-02", by: "constructor" }, []);
    expect(filters.by).toBe("change");
    expect(problems.map((problem) => problem.field)).toEqual(["by"]);
  });

  it("takes the cursor of the list it pages: changes by their time, events by their day", () => {
    const changeCursor = { at: "2026-11-02T10:30:00.000Z", key: "corrected-cmabc123" };
    expect(decodeChangeCursor(encodeChangeCursor(changeCursor))).toEqual(changeCursor);
    expect(decodeChangeCursor("1.edited-cmabc123")).toBeNull();
    const byChange = parseTimelineParams({ since: "2026-11-02", cursor: encodeChangeCursor(changeCursor) }, []);
    expect(byChange.filters).toMatchObject({ changeCursor, cursor: undefined });
    const byAction = parseTimelineParams({ since: "2026-11-02", by: "action", cursor: encodeChangeCursor(changeCursor) }, []);
    expect(byAction.filters.changeCursor).toBeUndefined();
    expect(byAction.problems.map((problem) => problem.field)).toEqual(["cursor"]);
  });
});

describe("parseAsOf", () => {
  it("keeps a past day, treats today or later as the current view, and explains bad input", () => {
    expect(parseAsOf({ asOf: "2025-03-01" }, "2026-11-25")).toEqual({ asOf: "2025-03-01", problems: [] });
    expect(parseAsOf({ asOf: "2030-01-01" }, "2026-11-25")).toEqual({ asOf: undefined, problems: [] });
    expect(parseAsOf({ asOf: "yesterday" }, "2026-11-25").problems[0]?.field).toBe("asOf");
  });
});

describe("queryString", () => {
  it("leaves out empty parameters", () => {
    expect(queryString({ q: "S.1829", topic: undefined, sort: "" })).toBe("?q=S.1829");
    expect(queryString({})).toBe("");
  });
});

import { describe, expect, it } from "vitest";

import { nextPollDelayMs } from "./backoff";
import { retryAfterMs } from "./retry-after";

const interval = 900_000;

describe("the next poll", () => {
  it("comes one interval after a success", () => {
    expect(nextPollDelayMs({ intervalMs: interval, failures: 0, retryAfterMs: null, gone: false })).toBe(interval);
  });

  it("backs off by doubling after each failure in a row, at most a day", () => {
    expect([1, 2, 3, 10].map((failures) => nextPollDelayMs({ intervalMs: interval, failures, retryAfterMs: null, gone: false }))).toEqual([
      1_800_000, 3_600_000, 7_200_000, 86_400_000,
    ]);
  });

  it("waits at least as long as Retry-After asks", () => {
    expect(nextPollDelayMs({ intervalMs: interval, failures: 1, retryAfterMs: 7_200_000, gone: false })).toBe(7_200_000);
  });

  it("asks a source that is gone once a day", () => {
    expect(nextPollDelayMs({ intervalMs: interval, failures: 4, retryAfterMs: null, gone: true })).toBe(86_400_000);
  });
});

describe("Retry-After", () => {
  const now = new Date("2026-12-03T10:00:00Z");
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs("Thu, 03 Dec 2026 10:05:00 GMT", now)).toBe(300_000);
  });
  it("ignores what it cannot read", () => {
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});

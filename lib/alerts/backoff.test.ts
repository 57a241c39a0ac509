import { describe, expect, it } from "vitest";

import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";

describe("retry delays", () => {
  it("double from one minute and stay under six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60 * 1000);
  });

  it("give up after less than a day in all", () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) total += retryDelayMs(attempt);
    expect(total).toBeLessThan(24 * 60 * 60 * 1000);
    expect(total).toBeGreaterThan(60 * 60 * 1000);
  });
});

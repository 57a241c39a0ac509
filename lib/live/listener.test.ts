import { describe, expect, it } from "vitest";

import { backoffDelay } from "./listener";

describe("backoffDelay", () => {
  it("doubles from the first delay up to the ceiling", () => {
    const middle = () => 0.5; // no jitter
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((attempt) => backoffDelay(attempt, 250, 10_000, middle))).toEqual([
      250, 500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });

  it("spreads instances cut off together by up to a fifth either way", () => {
    expect(backoffDelay(3, 250, 10_000, () => 0)).toBe(800);
    expect(backoffDelay(3, 250, 10_000, () => 0.999999)).toBe(1_200);
  });
});

import { describe, expect, it } from "vitest";

import { accountLimit, clientLimit, delayAfter, deviceThrottleKey, throttleKeys } from "./throttle";

describe("delayAfter", () => {
  it("allows the free failures, then doubles the wait up to the cap", () => {
    expect(delayAfter(accountLimit.freeFailures - 1, accountLimit)).toBe(0);
    expect(delayAfter(accountLimit.freeFailures, accountLimit)).toBe(30);
    expect(delayAfter(accountLimit.freeFailures + 1, accountLimit)).toBe(60);
    expect(delayAfter(accountLimit.freeFailures + 2, accountLimit)).toBe(120);
    expect(delayAfter(accountLimit.freeFailures + 40, accountLimit)).toBe(accountLimit.maxDelaySeconds);
    expect(delayAfter(1_000_000, accountLimit)).toBe(accountLimit.maxDelaySeconds);
  });

  it("gives a shared client address more room than one account", () => {
    expect(clientLimit.freeFailures).toBeGreaterThan(accountLimit.freeFailures);
  });
});

describe("throttleKeys", () => {
  it("counts the account always and the client address when known", () => {
    expect(throttleKeys("a@example.org", "203.0.113.5").map((entry) => entry.key)).toEqual(["email:a@example.org", "ip:203.0.113.5"]);
    expect(throttleKeys("a@example.org", null).map((entry) => entry.key)).toEqual(["email:a@example.org"]);
  });

  it("counts an IPv6 client by its /64, so a new address per guess does not start afresh", () => {
    expect(throttleKeys("a@example.org", "2001:db8:1:2::99").map((entry) => entry.key)).toEqual(["email:a@example.org", "ip:2001:db8:1:2::/64"]);
  });

  it("gives a trusted browser a counter of its own", () => {
    expect(deviceThrottleKey("user1", "n0nce").key).toBe("device:user1:n0nce");
  });
});

import { describe, expect, it } from "vitest";

import { describeError, redactAddresses } from "./redact";

describe("redactAddresses", () => {
  it("removes e-mail addresses from mail servers' error texts", () => {
    expect(redactAddresses("550 5.1.1 <jo.bloggs+news@example.co.uk>: Recipient address rejected")).toBe(
      "550 5.1.1 <[address]>: Recipient address rejected",
    );
    expect(describeError(new Error("Can't send mail - all recipients were rejected: 550 x@y.org"))).toBe(
      "Can't send mail - all recipients were rejected: 550 [address]",
    );
  });

  it("includes the cause of fetch failures", () => {
    expect(describeError(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") }))).toBe(
      "fetch failed: connect ECONNREFUSED 127.0.0.1:9",
    );
  });
});

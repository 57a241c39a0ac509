import { describe, expect, it } from "vitest";

import { signInRefusal } from "./refusal";

describe("signInRefusal", () => {
  it("says the same thing for every credential failure", () => {
    expect(signInRefusal("credentials")).toBe("The email address or password is not right. Check them and try again.");
  });

  it("says how long to wait when throttled", () => {
    expect(signInRefusal("throttled-30")).toBe("Too many failed attempts to sign in. Wait 30 seconds, then try again.");
    expect(signInRefusal("throttled-900")).toBe("Too many failed attempts to sign in. Wait 15 minutes, then try again.");
  });

  it("tells the holder of the right password that the account is deactivated", () => {
    expect(signInRefusal("deactivated")).toMatch(/deactivated/);
  });
});

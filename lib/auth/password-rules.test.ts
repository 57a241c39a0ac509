import { describe, expect, it } from "vitest";

import { passwordProblem } from "./password-rules";

describe("passwordProblem", () => {
  it("accepts a long passphrase with no composition rules", () => {
    expect(passwordProblem("correct horse battery", "ada@example.org")).toBeNull();
    expect(passwordProblem("alllowercaseletters", null)).toBeNull();
  });

  it("refuses fewer than 12 characters", () => {
    expect(passwordProblem("elevenchars", null)).toMatch(/at least 12/);
  });

  it("refuses the email address or its name part, in any case", () => {
    expect(passwordProblem("Ada.Lovelace@Example.org", "ada.lovelace@example.org")).toMatch(/email address/);
    expect(passwordProblem("Ada.Lovelace", "ada.lovelace@example.org")).toMatch(/email address/);
    expect(passwordProblem("ada lovelace writes", "ada.lovelace@example.org")).toBeNull();
  });

  it("refuses well-known passwords and one repeated character", () => {
    expect(passwordProblem("Password1234", null)).toMatch(/too common/);
    expect(passwordProblem("qwertyuiop123", null)).toMatch(/too common/);
    expect(passwordProblem("aaaaaaaaaaaaaa", null)).toMatch(/too common/);
  });
});

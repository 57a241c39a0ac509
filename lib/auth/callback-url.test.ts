import { describe, expect, it } from "vitest";

import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeCallbackPath("/admin/bills?state=draft#top")).toBe("/admin/bills?state=draft#top");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "admin",
    "",
    undefined,
    42,
  ])("falls back to the back office for %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/admin");
  });

  it("does not send a signed-in user back to the sign-in page", () => {
    expect(safeCallbackPath("/login?callbackUrl=/admin")).toBe("/admin");
  });
});

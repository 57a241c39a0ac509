import { describe, expect, it } from "vitest";

import { safeLinkTarget, sameSitePath, sameSiteUrl } from "./redirect-target";

// Every form the outside probe used (issue 21, finding 2), the earlier open-redirect variants,
// and their encodings. Each is checked as our function answers it AND as a browser would
// resolve the answer: whatever comes out must stay on this site.

const site = "https://tracker.example.org";

/** Where a browser goes when sent `location` from a page on this site. */
function browserTarget(location: string): URL {
  return new URL(location, `${site}/login`);
}

const forms = [
  // The probe's own.
  "/.//evil.example",
  "/admin/../\\evil.example",
  "/./\\evil.example",
  "//evil.example",
  // Dot segments, spelled out and percent-encoded (WHATWG reads %2e as a dot).
  "/./evil.example/..//evil.example",
  "/admin/..//evil.example",
  "/admin/../..//evil.example",
  "/%2e//evil.example",
  "/%2E//evil.example",
  "/.%2e//evil.example",
  "/admin/%2e%2e//evil.example",
  "/a/b/../../..//evil.example",
  // Slashes and backslashes.
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/.\\\\evil.example",
  // Whitespace and controls that browsers drop.
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  " //evil.example",
  "\t//evil.example",
  "/x\u0000/evil.example",
  // Absolute and scheme-relative addresses.
  "https://evil.example/steal",
  "HTTPS://evil.example",
  "https:evil.example",
  "https:/evil.example",
  "http://127.0.0.1@evil.example/",
  "javascript:alert(document.domain)",
  "data:text/html,<script>alert(1)</script>",
  // Not a path.
  "admin",
  "",
  "%2F%2Fevil.example",
];

describe("sameSitePath", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(sameSitePath("/admin/bills?state=draft#top")).toBe("/admin/bills?state=draft#top");
    expect(sameSitePath("/admin/bills/c123/history")).toBe("/admin/bills/c123/history");
  });

  it("resolves harmless dot segments to the path they name", () => {
    expect(sameSitePath("/admin/./bills")).toBe("/admin/bills");
    expect(sameSitePath("/admin/users/../bills")).toBe("/admin/bills");
  });

  it.each(forms)("falls back for %j", (value) => {
    expect(sameSitePath(value)).toBe("/admin");
  });

  it.each(forms.map((value) => encodeURIComponent(value)))("falls back for the encoded form %j", (value) => {
    expect(sameSitePath(value)).toBe("/admin");
  });

  it.each(["/%2F%2Fevil.example", "/%5Cevil.example", "/%2F/evil.example", "/.%2F%2Fevil.example", "/%252F%252Fevil.example", "/%09/evil.example", "/admin/%2e%2e/%2fevil.example"])(
    "keeps the encoded form %j on this site, still encoded",
    (value) => {
      const answer = sameSitePath(value);
      expect(answer.startsWith("/") && !answer.startsWith("//")).toBe(true);
      expect(browserTarget(answer).origin).toBe(site);
    },
  );

  it("answers only paths a browser resolves on this site, for every form and its decoding", () => {
    for (const value of [...forms, ...forms.map(encodeURIComponent), ...forms.map((form) => decodeURIComponent(encodeURIComponent(form)))]) {
      expect(browserTarget(sameSitePath(value)).origin, JSON.stringify(value)).toBe(site);
    }
  });

  it("refuses anything that is not a string", () => {
    for (const value of [undefined, null, 42, ["/admin"], { toString: () => "/admin" }]) expect(sameSitePath(value)).toBe("/admin");
  });

  it("uses the caller's fallback and avoids the paths it names", () => {
    expect(sameSitePath("/.//evil.example", { fallback: "/" })).toBe("/");
    expect(sameSitePath("/login?callbackUrl=/admin", { avoid: ["/login"] })).toBe("/admin");
    expect(sameSitePath("/login?notice=signed-out")).toBe("/login?notice=signed-out");
  });
});

describe("sameSiteUrl (Auth.js's redirect callback)", () => {
  it("keeps an address on this site", () => {
    expect(sameSiteUrl(`${site}/admin/bills`, site)).toBe(`${site}/admin/bills`);
    expect(sameSiteUrl("/login?notice=signed-out", site)).toBe(`${site}/login?notice=signed-out`);
  });

  it.each([...forms, `${site}/.//evil.example`, `${site}//evil.example`, "https://tracker.example.org.evil.example/"])("never leaves the site for %j", (value) => {
    const answer = new URL(sameSiteUrl(value, site));
    expect(answer.origin).toBe(site);
    expect(answer.pathname.startsWith("//")).toBe(false);
  });
});

// Issue 21, finding 10: editors could write protocol-relative Markdown links ("//host").
describe("safeLinkTarget (editors' Markdown links)", () => {
  it.each([
    ["https://www.congress.gov/bill/119th-congress/senate-bill/146", "https://www.congress.gov/bill/119th-congress/senate-bill/146"],
    ["mailto:press@example.org", "mailto:press@example.org"],
    ["/bills/take-it-down-act", "/bills/take-it-down-act"],
    ["#sec-3", "#sec-3"],
  ])("keeps %j", (href, expected) => {
    expect(safeLinkTarget(href)).toBe(expected);
  });

  it.each(["//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "/\t/evil.example", " //evil.example", "/.//evil.example", "javascript:alert(1)", "data:text/html,x"])(
    "drops %j",
    (href) => {
      expect(safeLinkTarget(href)).toBe("");
    },
  );
});

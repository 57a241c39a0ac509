import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, crossSiteRefusal, isEmbeddable, isUnreadablePath, loggablePath, requestIdFrom, responseHeaders } from "./security";

const base = { nonce: "abc123==", embeddable: false, development: false, https: false };

describe("contentSecurityPolicy", () => {
  it("allows only this response's scripts, no inline styles, and no framing", () => {
    const csp = contentSecurityPolicy(base);
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123=='");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("lets embed pages be framed, adds eval only in development, upgrades only behind HTTPS", () => {
    expect(contentSecurityPolicy({ ...base, embeddable: true })).not.toContain("frame-ancestors");
    expect(contentSecurityPolicy({ ...base, development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ ...base, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("isEmbeddable and responseHeaders", () => {
  it("recognises embed routes only", () => {
    expect(isEmbeddable("/embed/bills/take-it-down-act")).toBe(true);
    expect(isEmbeddable("/embedded")).toBe(false);
    expect(isEmbeddable("/admin")).toBe(false);
  });

  it("denies framing outside embeds and sends HSTS only behind HTTPS", () => {
    expect(responseHeaders({ embeddable: false, https: false })).toEqual({ "X-Frame-Options": "DENY", "Cross-Origin-Opener-Policy": "same-origin" });
    expect(responseHeaders({ embeddable: true, https: true })).toEqual({ "Strict-Transport-Security": "max-age=31536000" });
  });
});

describe("crossSiteRefusal", () => {
  const headers = (entries: Record<string, string>) => new Headers({ host: "tracker.example.org", ...entries });

  it("lets reads through whatever their origin", () => {
    expect(crossSiteRefusal("GET", "/admin", headers({ origin: "https://evil.example" }))).toBeNull();
  });

  it("lets a same-origin write through, behind a proxy too", () => {
    expect(crossSiteRefusal("POST", "/admin/bills/new", headers({ origin: "https://tracker.example.org" }))).toBeNull();
    const proxied = new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "tracker.example.org", origin: "https://tracker.example.org" });
    expect(crossSiteRefusal("POST", "/admin", proxied)).toBeNull();
  });

  it("refuses a write from another origin, or marked cross-site by the browser", () => {
    expect(crossSiteRefusal("POST", "/admin", headers({ origin: "https://evil.example" }))).toMatch(/not this site/);
    expect(crossSiteRefusal("POST", "/admin", headers({ origin: "null" }))).not.toBeNull();
    expect(crossSiteRefusal("POST", "/admin", headers({ origin: "https://tracker.example.org", "sec-fetch-site": "same-site" }))).toMatch(/same-site/);
    expect(crossSiteRefusal("DELETE", "/api/v1/x", headers({ "sec-fetch-site": "cross-site" }))).not.toBeNull();
  });

  it("refuses a page write without Origin, but lets API clients without one through", () => {
    expect(crossSiteRefusal("POST", "/admin/bills/new", headers({}))).toBe("no Origin header");
    expect(crossSiteRefusal("POST", "/api/auth/callback/credentials", headers({}))).toBeNull();
  });
});

describe("requestIdFrom", () => {
  it("keeps a sane incoming id and replaces anything else", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-42.a:b" }), () => "new")).toBe("lb-42.a:b");
    expect(requestIdFrom(new Headers({ "x-request-id": "bad id with spaces" }), () => "new")).toBe("new");
    expect(requestIdFrom(new Headers(), () => "new")).toBe("new");
  });
});

describe("isUnreadablePath", () => {
  it("refuses escapes that do not decode to text, and nothing a link of ours makes", () => {
    for (const path of ["/bills/%FF", "/bills/%", "/bills/%zz", "/bills/%ED%A0%80", "/admin/bills/%C0%AF"]) expect(isUnreadablePath(path)).toBe(true);
    for (const path of ["/", "/bills/take-it-down-act", "/bills/%E2%80%93", "/bills/%00", "/api/v1/bills/a%20b"]) expect(isUnreadablePath(path)).toBe(false);
  });
});

describe("loggablePath", () => {
  it("keeps the first segment only, so no token in a later one reaches the log", () => {
    const token = "a".repeat(43);
    expect(loggablePath(`/invite/${token}`)).toBe("/invite/…");
    expect(loggablePath(`/reset-password/${token}`)).toBe("/reset-password/…");
    expect(loggablePath("/admin")).toBe("/admin");
    expect(loggablePath("/")).toBe("/");
    expect(loggablePath(`/${token}${token}`)).toBe(`/${"a".repeat(40)}`);
  });
});

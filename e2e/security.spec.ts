import { expect, test } from "./auth-fixtures";

test.describe("security headers", () => {
  test("every page gets a nonce-based CSP, framing refused, and a request id", async ({ request }) => {
    for (const path of ["/", "/login", "/api/health"]) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers["strict-transport-security"]).toBeUndefined();
    }
  });

  test("the nonce changes on every response and is on every script", async ({ request }) => {
    const nonces = new Set<string>();
    for (let index = 0; index < 2; index += 1) {
      const response = await request.get("/login");
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
      nonces.add(nonce);
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(2);
  });

  test("behind HTTPS adds HSTS and upgrades insecure requests; keeps a load balancer's request id", async ({ request }) => {
    const response = await request.get("/", { headers: { "x-forwarded-proto": "https", "x-request-id": "lb-1234.abc" } });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000");
    expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
    expect(response.headers()["x-request-id"]).toBe("lb-1234.abc");
  });

  test("pages raise no Content-Security-Policy violations", async ({ page, login }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/");
    await page.goto("/login");
    await login({ role: "admin" });
    for (const path of ["/admin", "/admin/bills", "/admin/bills/new", "/admin/users", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Bills" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bills" })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("cross-site writes", () => {
  test("a form post without an Origin header is refused before it reaches the app, and writes nothing", async ({ page, login, db }) => {
    await login({ role: "editor" });
    const before = await db.bill.count();
    // The session cookie rides along: this is what a forged form post without Origin would carry.
    const response = await page.request.post("/admin/bills/new", {
      headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: '[{"slug":"forged","shortTitle":"Forged","title":"Forged","jurisdiction":"us","session":"x"}]',
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("refused");
    expect(await db.bill.count()).toBe(before);
  });

  test("a post from another site is refused", async ({ page, login }) => {
    await login({ role: "editor" });
    const forged = await page.request.post("/admin/bills/new", {
      headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42) },
      multipart: { shortTitle: "Forged" },
    });
    expect(forged.status()).toBe(403);
    const sameSite = await page.request.post("/admin/bills/new", {
      headers: { "Sec-Fetch-Site": "cross-site", "Next-Action": "0".repeat(42) },
      multipart: { shortTitle: "Forged" },
    });
    expect(sameSite.status()).toBe(403);
  });
});

import { expect, test } from "./fixtures";

test.describe("search engines", () => {
  test("get a sitemap of every public page and bill", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
    // Bills in the board's title order: case ignored, so "Crime and…" before "CSA…" (0021).
    expect(locations).toEqual([
      "/",
      "/timeline",
      "/facts",
      "/corrections",
      "/bills/uk-crime-and-policing-bill",
      "/bills/eu-csa-regulation",
      "/bills/enforce-act",
      "/bills/eu-interim-regulation-2021-1232",
      "/bills/stop-csam-act",
      "/bills/take-it-down-act",
    ]);
  });

  test("are pointed at the sitemap and kept out of the back office", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
    expect(text).toContain("Disallow: /admin");
  });

  test("are asked not to index search results, which point to the board as canonical", async ({ page }) => {
    await page.goto("/?q=deepfake");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/?$/);
  });
});

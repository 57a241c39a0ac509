import type { APIResponse } from "@playwright/test";

import { OpenApiResponseValidator, validateOpenApiDocument } from "@/lib/api/testing/openapi-validator";

import { expect, test } from "./fixtures";

// The open-data endpoints over real HTTP from the production build: every response is checked
// against the OpenAPI document the server publishes (Ajv, JSON Schema 2020-12), the document
// itself against the OpenAPI 3.1 schema (@seriousme/openapi-schema-validator).

async function check(validator: OpenApiResponseValidator, path: string, response: APIResponse) {
  const headers = new Headers(response.headers());
  const body = response.status() === 304 ? "" : await response.text();
  expect(validator.check({ path, status: response.status(), headers, body }), `${response.url()}`).toEqual([]);
  return headers;
}

test("every open-data endpoint answers as its OpenAPI 3.1 document says", async ({ request }) => {
  const documentResponse = await request.get("/api/v1/openapi.json");
  expect(documentResponse.status()).toBe(200);
  const document = (await documentResponse.json()) as Record<string, unknown>;
  expect(await validateOpenApiDocument(document)).toMatchObject({ valid: true, version: "3.1" });
  const validator = new OpenApiResponseValidator(document);
  await check(validator, "/api/v1/openapi.json", documentResponse);

  const calls: [string, string][] = [
    ["/api/v1/bills", "/api/v1/bills"],
    ["/api/v1/bills", "/api/v1/bills?jurisdiction=us&limit=2"],
    ["/api/v1/bills", "/api/v1/bills?q=csam&stage=reported"],
    ["/api/v1/bills", "/api/v1/bills?since=not-a-day"],
    ["/api/v1/bills/{slug}", "/api/v1/bills/take-it-down-act"],
    ["/api/v1/bills/{slug}", "/api/v1/bills/no-such-bill"],
    ["/api/v1/export.json", "/api/v1/export.json"],
    ["/api/v1/export.csv", "/api/v1/export.csv"],
    ["/feed.xml", "/feed.xml"],
    ["/bills/{slug}/feed.xml", "/bills/uk-crime-and-policing-bill/feed.xml"],
    ["/bills/{slug}/feed.xml", "/bills/no-such-bill/feed.xml"],
    ["/calendar.ics", "/calendar.ics"],
    ["/bills/{slug}/calendar.ics", "/bills/take-it-down-act/calendar.ics"],
  ];
  for (const [template, url] of calls) {
    const headers = await check(validator, template, await request.get(url));
    expect(headers.get("access-control-allow-origin"), url).toBe("*");
  }
});

test("feeds and the API answer 304 to a conditional request", async ({ request }) => {
  for (const url of ["/feed.xml", "/api/v1/bills/take-it-down-act", "/calendar.ics"]) {
    const first = await request.get(url);
    const etag = first.headers().etag;
    expect(etag, url).toMatch(/^".+"$/);
    const second = await request.get(url, { headers: { "If-None-Match": etag! } });
    expect(second.status(), url).toBe(304);
    const byDate = await request.get(url, { headers: { "If-Modified-Since": first.headers()["last-modified"]! } });
    expect(byDate.status(), url).toBe(304);
  }
});

test("unknown API addresses and bad parameters answer problem details", async ({ request }) => {
  const missing = await request.get("/api/v1/nothing-here");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toBe("application/problem+json");
  const bad = await request.get("/api/v1/bills?stage=passed_one_chamber");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ errors: [{ name: "stage", reason: expect.stringContaining("use the step code passed or received") }] });
  const badPhase = await request.get("/api/v1/bills?phase=pending");
  expect(badPhase.status()).toBe(400);
  expect(await badPhase.json()).toMatchObject({ errors: [{ name: "phase" }] });
  const preflight = await request.fetch("/api/v1/bills", { method: "OPTIONS", headers: { Origin: "https://advocate.example" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
});

test.describe("the /api guide", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ page, expectNoAxeViolations }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/api");
      await expect(page.getByRole("heading", { level: 1, name: "Open data: API, feeds and embeds" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("documents every list parameter from the schema, with working links", async ({ page }) => {
    await page.goto("/api");
    const parameters = page.getByRole("table", { name: "Parameters of GET /api/v1/bills" });
    for (const name of ["q", "jurisdiction", "stage", "since", "updatedSince", "cursor", "limit"]) {
      await expect(parameters.getByRole("rowheader", { name, exact: true })).toBeVisible();
    }
    await page.getByRole("link", { name: "OpenAPI 3.1 description" }).click();
    await expect(page).toHaveURL(/\/api\/v1\/openapi\.json$/);
  });

  for (const width of [375, 1280]) {
    test(`renders at ${width} px without horizontal scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/api");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`api-guide-${width}.png`), fullPage: true });
    });
  }
});

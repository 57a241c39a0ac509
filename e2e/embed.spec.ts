import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { expect, test } from "./fixtures";

// The widget inside an iframe on another origin: a tiny page served from a second local port, as
// an advocate's site would be. Every other page must refuse to be framed there.

let host: Server;
let hostOrigin: string;

test.beforeAll(async ({ baseURL }) => {
  host = createServer((request, response) => {
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const theme = query.get("theme");
    const path = query.get("path") ?? "/embed/bills/take-it-down-act";
    const src = `${baseURL}${path}${theme ? `?theme=${theme}` : ""}`;
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>An advocate's site</title></head>
<body style="margin:0;padding:16px;background:#fafafa"><main><h1>Our campaign</h1>
<iframe src="${src}" title="TAKE IT DOWN Act: where it stands" width="360" height="260" style="border:0"></iframe>
</main></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => host.close(() => resolve()));
});

test("renders inside an iframe on another origin, with a link back", async ({ page, baseURL }, testInfo) => {
  await page.goto(`${hostOrigin}/`);
  const frame = page.frameLocator('iframe[title="TAKE IT DOWN Act: where it stands"]');
  await expect(frame.getByRole("heading", { level: 1, name: "TAKE IT DOWN Act" })).toBeVisible();
  await expect(frame.getByText("Law; in force; being enforced by the Federal Trade Commission")).toBeVisible();
  await expect(frame.getByText("Phase: Being enforced or challenged")).toBeVisible();
  await expect(frame.getByText("Latest:")).toBeVisible();
  await expect(frame.getByRole("list", { name: "Becoming law: step 2 of 2" })).toBeVisible();
  await expect(frame.getByRole("list", { name: /^House: step/ })).toBeVisible();
  await expect(frame.getByRole("link", { name: "Full history on Policy Tracker" })).toHaveAttribute(
    "href",
    /\/bills\/take-it-down-act$/,
  );
  // The frame really is another origin than the page around it.
  const embedded = page.frames().find((candidate) => candidate.url().includes("/embed/"));
  expect(new URL(embedded!.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);
  await page.screenshot({ path: testInfo.outputPath("embed-in-host-page.png") });
});

test("allows any site to frame it, and follows ?theme=", async ({ page, request }) => {
  const response = await request.get("/embed/bills/take-it-down-act");
  expect(response.headers()["content-security-policy"]).not.toContain("frame-ancestors");
  expect(response.headers()["x-frame-options"]).toBeUndefined();

  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${hostOrigin}/?theme=dark`);
  const card = page.frameLocator("iframe").locator("[data-embed-theme]");
  await expect(card).toHaveAttribute("data-embed-theme", "dark");
  await expect(card).toHaveCSS("background-color", "rgb(18, 19, 20)");
});

test("answers 404 for a bill that is not published", async ({ request }) => {
  expect((await request.get("/embed/bills/no-such-bill")).status()).toBe(404);
});

for (const theme of ["light", "dark"] as const) {
  test(`has no axe violations with theme=${theme}`, async ({ page, expectNoAxeViolations }, testInfo) => {
    await page.setViewportSize({ width: 375, height: 300 });
    await page.goto(`/embed/bills/uk-crime-and-policing-bill?theme=${theme}`);
    await expect(page.getByRole("heading", { level: 1, name: "Crime and Policing Bill" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath(`embed-${theme}-375.png`), fullPage: true });
  });
}

test("the bill page itself refuses to be framed by another site", async ({ page, request }) => {
  const response = await request.get("/bills/take-it-down-act");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");

  await page.goto(`${hostOrigin}/?path=/bills/take-it-down-act`);
  await page.waitForLoadState("load");
  const framed = page.frameLocator("iframe").getByRole("heading", { level: 1, name: "TAKE IT DOWN Act" });
  await expect(framed).toHaveCount(0);
});

test("the bill page offers the embed code with a colour choice that works without JavaScript, and a preview", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/bills/take-it-down-act");
  const embed = page.getByRole("region", { name: "Embed it on your site" });
  await expect(embed.getByRole("region", { name: "Code to embed the bill" })).toContainText('/embed/bills/take-it-down-act"');
  await embed.getByLabel("Dark").check();
  await embed.getByRole("button", { name: "Show the code for these colours" }).click();
  await expect(page).toHaveURL(/\?embedTheme=dark#embed-heading$/);
  await expect(embed.getByRole("region", { name: "Code to embed the bill" })).toContainText("/embed/bills/take-it-down-act?theme=dark");
  await expect(embed.getByLabel("Dark")).toBeChecked();
  // No copy button without JavaScript: the code itself can be selected.
  await expect(embed.getByRole("button", { name: "Copy the code" })).toHaveCount(0);
  const preview = page.frameLocator('iframe[title="Preview: TAKE IT DOWN Act: where it stands"]');
  await expect(preview.locator('[data-embed-theme="dark"]')).toBeVisible();
  await expect(preview.getByRole("heading", { level: 1, name: "TAKE IT DOWN Act" })).toBeVisible();
  await context.close();
});

test("copies the embed code with one button, and says so", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto("/bills/take-it-down-act");
  const embed = page.getByRole("region", { name: "Embed it on your site" });
  await embed.getByRole("button", { name: "Copy the code" }).click();
  await expect(embed.getByRole("status")).toHaveText("Copied.");
  // The clipboard holds exactly the code shown, whose address is the site's configured origin.
  const shown = await embed.getByRole("region", { name: "Code to embed the bill" }).locator("code").textContent();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  expect(copied).toMatch(/src="https?:\/\/[^"]+\/embed\/bills\/take-it-down-act"/);
  await context.close();
});

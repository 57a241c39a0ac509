import { gzipSync } from "node:zlib";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";

// The public pages are server-rendered and work without JavaScript; no public component is a
// client component. What the browser still loads is Next.js's runtime (React, the router) and
// next/link. This measures each route's first-load JavaScript, gzipped, against Next's own 404
// page (the runtime with no app code), and fails if a route starts shipping code of its own.
const FRAMEWORK_ONLY = "/no-page-here";
const OWN_CODE_LIMIT = 10 * 1024;
const routes = ["/", "/bills/take-it-down-act", "/timeline", "/facts", "/corrections"];

async function firstLoadJavaScript(page: Page, route: string): Promise<{ bytes: number; files: number }> {
  const sizes: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") sizes.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.goto(route, { waitUntil: "networkidle" });
  const all = await Promise.all(sizes);
  return { bytes: all.reduce((sum, size) => sum + size, 0), files: all.length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const route of routes) {
  test(`${route} loads no JavaScript of its own beyond Next.js's runtime`, async ({ browser }, testInfo) => {
    const framework = await firstLoadJavaScript(await browser.newPage(), FRAMEWORK_ONLY);
    const measured = await firstLoadJavaScript(await browser.newPage(), route);
    const summary = `${kb(measured.bytes)} gzipped in ${measured.files} files; Next.js's runtime alone: ${kb(framework.bytes)}`;
    testInfo.annotations.push({ type: "first-load JS", description: summary });
    console.log(`first-load JS ${route}: ${summary}`);
    expect(framework.files).toBeGreaterThan(0);
    expect(measured.bytes - framework.bytes).toBeLessThan(OWN_CODE_LIMIT);
  });
}

import { expect, test } from "./fixtures";

// Every public page (the corrections page has its own, with content to show): no axe violation
// in either colour scheme, no sideways scrolling from a small phone to a desktop, and a
// screenshot of each, kept with the test results for a person to look at.
const pages = [
  { name: "board", path: "/" },
  { name: "board-search", path: "/?q=deepfake" },
  { name: "board-no-results", path: "/?q=xylophone&jurisdiction=uk" },
  { name: "bill-take-it-down", path: "/bills/take-it-down-act" },
  { name: "bill-uk", path: "/bills/uk-crime-and-policing-bill" },
  { name: "bill-enforce-as-of", path: "/bills/enforce-act?asOf=2025-12-16" },
  { name: "bill-stop-csam", path: "/bills/stop-csam-act" },
  { name: "bill-eu-csa", path: "/bills/eu-csa-regulation" },
  { name: "bill-eu-interim", path: "/bills/eu-interim-regulation-2021-1232" },
  { name: "board-phase", path: "/?phase=legislature&jurisdiction=us" },
  { name: "embed-uk", path: "/embed/bills/uk-crime-and-policing-bill" },
  { name: "bill-not-found", path: "/bills/no-such-bill" },
  { name: "timeline", path: "/timeline" },
  { name: "timeline-since", path: "/timeline?since=2025-12-01" },
  { name: "timeline-since-action", path: "/timeline?since=2025-12-01&by=action" },
  { name: "facts", path: "/facts" },
  { name: "compare-choose", path: "/compare" },
  { name: "compare-launch", path: "/compare?bills=take-it-down-act,stop-csam-act,enforce-act,uk-crime-and-policing-bill" },
];

for (const { name, path } of pages) {
  test.describe(`${name} (${path})`, () => {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`has no axe violations in ${colorScheme} mode`, async ({ page, expectNoAxeViolations }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }

    for (const width of [320, 375, 1280]) {
      test(`fits ${width} px without horizontal scrolling`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        if (width !== 320) await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
      });
    }
  });
}

test("keeps a visible focus indicator on links and form fields", async ({ page }) => {
  await page.goto("/");
  const search = page.getByLabel("Search bills", { exact: true });
  await search.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(search).toBeFocused();
  expect(await search.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
  const link = page.getByRole("link", { name: "TAKE IT DOWN Act" });
  await link.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  expect(await link.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(255, 221, 0)");
});

test("scrolls to in-page links smoothly, unless the reader asks for reduced motion", async ({ page }) => {
  await page.goto("/bills/take-it-down-act");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});

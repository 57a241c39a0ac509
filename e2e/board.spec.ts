import { expect, test } from "./fixtures";

const launchBills = ["TAKE IT DOWN Act", "STOP CSAM Act of 2025", "ENFORCE Act", "Crime and Policing Bill"];

test.describe("status board", () => {
  test("shows the four launch bills with their stage and latest sourced event", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Where each bill stands" })).toBeVisible();
    for (const title of launchBills) {
      await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    }
    const takeItDown = page.getByRole("article", { name: "TAKE IT DOWN Act" });
    await expect(takeItDown).toContainText("Became law");
    await expect(takeItDown).toContainText("19 May 2025");
    await expect(takeItDown).toContainText("Public Law 119-12");
    await expect(takeItDown.getByRole("link", { name: /Source: commerce\.senate\.gov/ })).toHaveAttribute(
      "href",
      "https://www.commerce.senate.gov/2025/5/sen-cruz-applauds-presidential-signing-of-the-take-it-down-act-into-law",
    );
    const uk = page.getByRole("article", { name: "Crime and Policing Bill" });
    await expect(uk).toContainText("Royal Assent");
    await expect(uk).toContainText("29 April 2026");
    const enforce = page.getByRole("article", { name: "ENFORCE Act" });
    await expect(enforce).toContainText("Passed one chamber");
    await expect(enforce).toContainText("secondary source");
  });

  test("is complete without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    for (const title of launchBills) {
      await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    }
    await expect(page.getByRole("contentinfo")).toContainText("1-800-843-5678");
    await context.close();
  });

  test("offers a skip link as the first stop of the keyboard", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ page, expectNoAxeViolations }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await expectNoAxeViolations(page);
    });
  }

  for (const width of [375, 1280]) {
    test(`renders at ${width} px without horizontal scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`board-${width}.png`), fullPage: true });
    });
  }
});

test("health check reports a ready database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "ok", listener: "connected" });
});

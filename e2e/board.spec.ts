import type { Page } from "@playwright/test";

import { test as withBills } from "./auth-fixtures";
import { expect, test } from "./fixtures";

const launchBills = ["TAKE IT DOWN Act", "STOP CSAM Act of 2025", "ENFORCE Act", "Crime and Policing Bill"];

test.describe("status board", () => {
  test("shows the four launch bills with their stage, progress and latest sourced event", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Where each bill stands" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "All 4 bills" })).toBeVisible();
    for (const title of launchBills) {
      await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
    }
    const takeItDown = page.getByRole("article", { name: "TAKE IT DOWN Act" });
    await expect(takeItDown).toContainText("Became law");
    await expect(takeItDown).toContainText("7 of 7 stages reached");
    await expect(takeItDown).toContainText("19 May 2025");
    await expect(takeItDown).toContainText("Public Law 119-12");
    await expect(takeItDown.getByRole("link", { name: /Source: commerce\.senate\.gov/ })).toHaveAttribute(
      "href",
      "https://www.commerce.senate.gov/2025/5/sen-cruz-applauds-presidential-signing-of-the-take-it-down-act-into-law",
    );
    const uk = page.getByRole("article", { name: "Crime and Policing Bill" });
    await expect(uk).toContainText("Royal Assent");
    await expect(uk).toContainText("29 April 2026");
    await expect(uk).toContainText("12 of 12 stages reached");
    const enforce = page.getByRole("article", { name: "ENFORCE Act" });
    await expect(enforce).toContainText("Passed one chamber");
    await expect(enforce).toContainText("4 of 7 stages reached");
    await expect(enforce).toContainText("secondary source");
  });

  test("lists bills by latest activity, or by title when asked", async ({ page }) => {
    await page.goto("/");
    const titles = page.getByRole("article").getByRole("heading", { level: 3 });
    await expect(titles).toHaveText(["Crime and Policing Bill", "ENFORCE Act", "STOP CSAM Act of 2025", "TAKE IT DOWN Act"]);
    await page.getByLabel("Sort by", { exact: true }).selectOption("title");
    await page.getByRole("button", { name: "Sort" }).click();
    await expect(page).toHaveURL(/sort=title/);
    await expect(titles).toHaveText(["Crime and Policing Bill", "ENFORCE Act", "STOP CSAM Act of 2025", "TAKE IT DOWN Act"]);
  });

  test("ranks a search by best match, and keeps the search when the order changes", async ({ page }) => {
    await page.goto("/?q=child+sexual+abuse&jurisdiction=us");
    await expect(page.getByLabel("Sort by", { exact: true })).toHaveValue("relevance");
    await page.getByLabel("Sort by", { exact: true }).selectOption("title");
    await page.getByRole("button", { name: "Sort" }).click();
    await expect(page).toHaveURL(/q=child\+sexual\+abuse/);
    await expect(page).toHaveURL(/jurisdiction=us/);
    await expect(page.getByRole("article").getByRole("heading", { level: 3 })).toHaveText(["ENFORCE Act", "STOP CSAM Act of 2025"]);
  });

  test("filters by legislature, outcome and topic without JavaScript, as a shareable address", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Became law" });
    await page.getByRole("button", { name: "Show bills" }).click();
    await expect(page).toHaveURL(/outcome=enacted/);
    await expect(page.getByRole("heading", { level: 2, name: /match/ })).toHaveText("2 bills match with the outcome “became law”.");
    await expect(page.getByRole("article")).toHaveCount(2);
    await expect(page.getByRole("article", { name: "TAKE IT DOWN Act" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Crime and Policing Bill" })).toBeVisible();

    await page.getByLabel("Legislature", { exact: true }).selectOption({ label: "UK Parliament" });
    await page.getByRole("button", { name: "Show bills" }).click();
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article", { name: "Crime and Policing Bill" })).toBeVisible();

    await page.goto("/?topic=deepfakes&outcome=pending");
    await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("deepfakes");
    await expect(page.getByRole("heading", { level: 2, name: /match/ })).toHaveText(
      "No bills match with the outcome “in progress” on the topic “deepfakes”.",
    );
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("article")).toHaveCount(4);
    await context.close();
  });

  test("finds the TAKE IT DOWN Act when searching for “deepfake”, with the match marked", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Search bills", { exact: true }).fill("deepfake");
    await page.getByRole("button", { name: "Show bills" }).click();
    await expect(page).toHaveURL(/q=deepfake/);
    await expect(page.getByRole("heading", { level: 2, name: /match/ })).toHaveText("1 bill matches “deepfake”.");
    const result = page.getByRole("article", { name: "TAKE IT DOWN Act" });
    await expect(result.locator("mark")).toHaveText(["Deepfakes"]);
  });

  test("finds the STOP CSAM Act by its number, S.1829, with JavaScript off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByLabel("Search bills", { exact: true }).fill("S.1829");
    await page.getByRole("button", { name: "Show bills" }).click();
    await expect(page.getByRole("article")).toHaveCount(1);
    const result = page.getByRole("article", { name: "STOP CSAM Act of 2025" });
    await expect(result.locator("mark")).toHaveText(["S.1829"]);
    await context.close();
  });

  test("shows the matching passage of the status history", async ({ page }) => {
    await page.goto("/?q=held+at+the+desk");
    const result = page.getByRole("article", { name: "ENFORCE Act" });
    await expect(result).toContainText("In the status history, 17 December 2025:");
    await expect(result.locator("mark").first()).toHaveText("held");
  });

  test("says clearly when nothing matches, and offers to clear the filters", async ({ page }) => {
    await page.goto("/?q=xylophone&jurisdiction=uk");
    await expect(page.getByRole("heading", { level: 2, name: /match/ })).toHaveText("No bills match “xylophone” in the UK Parliament.");
    await expect(page.getByRole("article")).toHaveCount(0);
    await page.getByRole("main").getByRole("link", { name: "clear filters", exact: true }).click();
    await expect(page.getByRole("article")).toHaveCount(4);
  });

  test("explains a filter value it cannot use, next to the field", async ({ page }) => {
    await page.goto("/?outcome=maybe");
    await expect(page.getByLabel("Outcome", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Choose an outcome from the list.")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(4);
  });

  test("is complete without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    for (const title of launchBills) {
      await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
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

  test("links to the board, the timeline, the facts, the corrections, alerts and open data from its navigation", async ({ page }) => {
    await page.goto("/");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveText(["Status board", "Timeline", "Facts and figures", "Corrections", "Email alerts", "Open data"]);
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")))).toEqual([
      "/",
      "/timeline",
      "/facts",
      "/corrections",
      "/subscribe",
      "/api",
    ]);
  });
});

withBills("pages the board 50 bills at a time, keeping the filters and order, without JavaScript", async ({
  page,
  browser,
  makeBill,
  db,
  expectNoAxeViolations,
}, testInfo) => {
  test.setTimeout(90_000);
  // 52 more bills, older than the launch bills, on a topic of their own: 56 in all, two pages.
  const topic = `paging ${Date.now().toString(36)}`;
  const made = [];
  for (let n = 1; n <= 52; n += 1) {
    made.push(
      await makeBill({
        state: "published",
        shortTitle: `Paging Test Bill ${n}`,
        topics: [topic],
        events: [{ occurredOn: `2020-01-${String(Math.ceil(n / 2)).padStart(2, "0")}`, stage: "introduced", description: `Introduced (${n}).` }],
      }),
    );
  }
  // Tell the instance, as a command would, so its cached board is not kept.
  const latest = await db.auditLog.aggregate({ _max: { id: true } });
  const notice = JSON.stringify({ kind: "test.setup", slug: made[0]!.slug, auditId: latest._max.id ?? 1 });
  await db.$executeRaw`SELECT pg_notify('legislation', ${notice})`;

  // With JavaScript, as most readers see it: checked with axe, and looked at on a phone and a desktop.
  const pagesOf = (on: Page) => on.getByRole("navigation", { name: "Pages of bills" });
  await expect
    .poll(async () => {
      await page.goto("/");
      return page.getByRole("heading", { level: 2, name: "All 56 bills" }).count();
    })
    .toBe(1);
  await expect(page.getByText("Showing bills 1 to 50 of 56.")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(50);
  await expect(pagesOf(page)).toContainText("Page 1 of 2");
  await expectNoAxeViolations(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await pagesOf(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`board-pagination-${width}.png`) });
  }

  // Without JavaScript: plain links from page to page.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  const articles = noScript.getByRole("article");
  const pages = pagesOf(noScript);
  await noScript.goto("/");
  await expect(articles).toHaveCount(50);
  await expect(articles.first()).toHaveAccessibleName("Crime and Policing Bill");
  await expect(pages.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await expect(pages.getByRole("link", { name: /Previous/ })).toHaveCount(0);

  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(noScript).toHaveURL(/\/\?page=2$/);
  await expect(noScript).toHaveTitle(/page 2/);
  await expect(noScript.getByText("Showing bills 51 to 56 of 56.")).toBeVisible();
  // The oldest six: two bills a day, newest day first, then by title.
  await expect(articles.getByRole("heading", { level: 3 })).toHaveText([
    "Paging Test Bill 5",
    "Paging Test Bill 6",
    "Paging Test Bill 3",
    "Paging Test Bill 4",
    "Paging Test Bill 1",
    "Paging Test Bill 2",
  ]);
  await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(pages.getByRole("link", { name: /Next/ })).toHaveCount(0);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(noScript).toHaveURL(/\/$/);
  await expect(articles).toHaveCount(50);

  // A filter and an order are kept from page to page.
  await noScript.goto(`/?topic=${encodeURIComponent(topic)}&sort=title`);
  await expect(noScript.getByRole("heading", { level: 2, name: /^52 bills match/ })).toBeVisible();
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(noScript).toHaveURL(/topic=paging.*sort=title.*page=2/);
  await expect(articles.getByRole("heading", { level: 3 })).toHaveText(["Paging Test Bill 51", "Paging Test Bill 52"]);

  // Not a page, or past the last one: no such page, never an error.
  for (const query of ["?page=3", "?page=0", "?page=abc", `?topic=${encodeURIComponent(topic)}&page=2&outcome=enacted`]) {
    const response = await noScript.goto(`/${query}`);
    expect(response?.status(), query).toBe(404);
  }
  await context.close();
});

test("health check reports a ready database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "ok", listener: "connected" });
});

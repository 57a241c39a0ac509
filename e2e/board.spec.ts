import type { Page } from "@playwright/test";

import { test as withBills } from "./auth-fixtures";
import { expect, test } from "./fixtures";

const launchBills = [
  "TAKE IT DOWN Act",
  "STOP CSAM Act of 2025",
  "ENFORCE Act",
  "Crime and Policing Bill",
  "CSA Regulation (proposed)",
  "EU interim regulation on voluntary detection",
];

test.describe("status board", () => {
  test("shows the six launch bills with where each stands, its usual next step, its paths and latest sourced event", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Where each bill stands" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "All 6 bills" })).toBeVisible();
    for (const title of launchBills) {
      await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
    }
    const takeItDown = page.getByRole("article", { name: "TAKE IT DOWN Act" });
    await expect(takeItDown).toContainText("Law; in force; being enforced by the Federal Trade Commission");
    await expect(takeItDown).toContainText("Phase: Being enforced or challenged");
    await expect(takeItDown).toContainText("20 May 2026");
    await expect(takeItDown).toContainText("warning letters");
    await expect(takeItDown.getByRole("link", { name: /Source: andrewandhopkins\.com/ })).toBeVisible();
    const uk = page.getByRole("article", { name: "Crime and Policing Bill" });
    await expect(uk).toContainText("Law; in force in part");
    await expect(uk).toContainText("Usual next step: Commencement of the remaining provisions");
    await expect(uk).toContainText("29 June 2026");
    const enforce = page.getByRole("article", { name: "ENFORCE Act" });
    await expect(enforce).toContainText("Passed the Senate; in the House Committee on the Judiciary (H.R.4831)");
    await expect(enforce).toContainText("Usual next step: House committee consideration");
    await expect(enforce).toContainText("Source: congress.gov");
    const eu = page.getByRole("article", { name: "CSA Regulation (proposed)" });
    await expect(eu).toContainText("European Union");
    await expect(eu).toContainText("In trilogue: Parliament and the Council are negotiating");
    await expect(page.getByRole("article", { name: "EU interim regulation on voluntary detection" })).toContainText("Expired on 3 April 2026");
    // The end of the 119th Congress is coming up for the two bills still before it.
    const comingUp = page.getByRole("complementary");
    await expect(comingUp.getByText("End of the 119th Congress")).toHaveCount(2);
  });

  test("lists bills by latest activity, or by title when asked", async ({ page }) => {
    await page.goto("/");
    const titles = page.getByRole("article").getByRole("heading", { level: 3 });
    await expect(titles).toHaveText([
      "EU interim regulation on voluntary detection",
      "Crime and Policing Bill",
      "CSA Regulation (proposed)",
      "TAKE IT DOWN Act",
      "ENFORCE Act",
      "STOP CSAM Act of 2025",
    ]);
    await page.getByLabel("Sort by", { exact: true }).selectOption("title");
    await page.getByRole("button", { name: "Sort" }).click();
    await expect(page).toHaveURL(/sort=title/);
    await expect(titles).toHaveText([
      "Crime and Policing Bill",
      "CSA Regulation (proposed)",
      "ENFORCE Act",
      "EU interim regulation on voluntary detection",
      "STOP CSAM Act of 2025",
      "TAKE IT DOWN Act",
    ]);
  });

  test("finds the EU proposal by the name its critics give it, “chat control”", async ({ page }) => {
    await page.goto("/?q=chat+control");
    await expect(page.getByRole("article", { name: "CSA Regulation (proposed)" })).toBeVisible();
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

  test("filters by legislature, phase and topic without JavaScript, as a shareable address", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByLabel("Phase", { exact: true }).selectOption({ label: "In force" });
    await page.getByRole("button", { name: "Show bills" }).click();
    await expect(page).toHaveURL(/phase=in_force/);
    await expect(page.getByRole("heading", { level: 2, name: /match/ })).toHaveText("1 bill matches in the phase “in force”.");
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article", { name: "Crime and Policing Bill" })).toBeVisible();

    await page.getByLabel("Phase", { exact: true }).selectOption({ label: "In the legislature" });
    await page.getByLabel("Legislature", { exact: true }).selectOption({ label: "United States Congress" });
    await page.getByRole("button", { name: "Show bills" }).click();
    await expect(page.getByRole("article")).toHaveCount(2);
    await expect(page.getByRole("article", { name: "ENFORCE Act" })).toBeVisible();
    await expect(page.getByRole("article", { name: "STOP CSAM Act of 2025" })).toBeVisible();

    await page.getByLabel("Legislature", { exact: true }).selectOption({ label: "European Union" });
    await page.getByLabel("Phase", { exact: true }).selectOption({ label: "No longer in force" });
    await page.getByRole("button", { name: "Show bills" }).click();
    await expect(page.getByRole("article")).toHaveText([/EU interim regulation on voluntary detection/]);

    // Links made before phases still work: an outcome group is the phases it covers.
    await page.goto("/?outcome=enacted");
    await expect(page.getByRole("heading", { level: 2, name: /match/ })).toHaveText("3 bills match with the outcome “became law”.");
    await page.goto("/?topic=deepfakes&phase=ended");
    await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("deepfakes");
    await expect(page.getByRole("heading", { level: 2, name: /match/ })).toHaveText(
      "No bills match in the phase “ended without becoming law” on the topic “deepfakes”.",
    );
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("article")).toHaveCount(6);
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
    await expect(page.getByRole("article")).toHaveCount(6);
  });

  test("explains a filter value it cannot use, next to the field", async ({ page }) => {
    await page.goto("/?phase=maybe");
    await expect(page.getByLabel("Phase", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Choose a phase from the list.")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(6);
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

  test("links to the board, the timeline, the comparison, the facts, the corrections, alerts and open data from its navigation", async ({ page }) => {
    await page.goto("/");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveText(["Status board", "Timeline", "Compare bills", "Facts and figures", "Corrections", "Email alerts", "Open data"]);
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")))).toEqual([
      "/",
      "/timeline",
      "/compare",
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
  // 52 more bills, older than the launch bills, on a topic of their own: 58 in all, two pages.
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
      return page.getByRole("heading", { level: 2, name: "All 58 bills" }).count();
    })
    .toBe(1);
  await expect(page.getByText("Showing bills 1 to 50 of 58.")).toBeVisible();
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
  await expect(articles.first()).toHaveAccessibleName("EU interim regulation on voluntary detection");
  await expect(pages.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await expect(pages.getByRole("link", { name: /Previous/ })).toHaveCount(0);

  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(noScript).toHaveURL(/\/\?page=2$/);
  await expect(noScript).toHaveTitle(/page 2/);
  await expect(noScript.getByText("Showing bills 51 to 58 of 58.")).toBeVisible();
  // The oldest eight: two bills a day, newest day first, then by title.
  await expect(articles.getByRole("heading", { level: 3 })).toHaveText([
    "Paging Test Bill 7",
    "Paging Test Bill 8",
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

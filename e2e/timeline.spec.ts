import type { Page } from "@playwright/test";

import { TIMELINE_PAGE_SIZE } from "@/lib/legislation/queries/timeline";
import { bills } from "@/prisma/seed/content";

import { expect, test } from "./fixtures";

// The launch content (read from the seed) has more status events than a page of the timeline.
const seeded = bills.flatMap((bill) => bill.events.map((event) => ({ slug: bill.slug, jurisdiction: bill.jurisdiction, ...event })));
const SEEDED_EVENTS = seeded.length;

function events(page: Page) {
  return page.getByRole("main").getByRole("listitem");
}

async function eventIds(page: Page): Promise<string[]> {
  return events(page)
    .getByRole("heading", { level: 3 })
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

test.describe("timeline", () => {
  test("lists every status event newest first, by month, each linking to its bill's history", async ({ page }) => {
    await page.goto("/timeline");
    await expect(page).toHaveTitle("Timeline – Policy Tracker");
    const months = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(months.first()).toHaveText("July 2026");
    await expect(months.nth(1)).toHaveText("June 2026");
    const first = events(page).first();
    await expect(first).toContainText("2 July 2026");
    await expect(first.getByRole("heading", { level: 3 })).toHaveText("EU interim regulation on voluntary detection: Proposed change considered");
    const royalAssent = events(page).filter({ hasText: "29 April 2026" });
    await expect(royalAssent.getByRole("heading", { level: 3 })).toHaveText("Crime and Policing Bill: Royal Assent");
    await expect(royalAssent.getByRole("link", { name: "Crime and Policing Bill" })).toHaveAttribute(
      "href",
      /^\/bills\/uk-crime-and-policing-bill#event-/,
    );
    await royalAssent.getByRole("link", { name: "Crime and Policing Bill" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Crime and Policing Bill" })).toBeVisible();
  });

  test("pages back through older events without repeating or skipping any", async ({ page }) => {
    await page.goto("/timeline");
    const firstPage = await eventIds(page);
    expect(firstPage.length).toBeGreaterThan(0);
    expect(firstPage.length).toBeLessThan(SEEDED_EVENTS);
    const lastDayOnFirst = await events(page).last().locator("time").first().getAttribute("datetime");

    await page.getByRole("link", { name: "Older events" }).click();
    await expect(page).toHaveURL(/cursor=/);
    const firstDayOnSecond = await events(page).first().locator("time").first().getAttribute("datetime");
    expect((firstDayOnSecond ?? "") <= (lastDayOnFirst ?? "")).toBe(true);
    const seen = [...firstPage, ...(await eventIds(page))];
    while ((await page.getByRole("link", { name: "Older events" }).count()) > 0) {
      const before = page.url();
      await page.getByRole("link", { name: "Older events" }).click();
      await page.waitForURL((url) => url.toString() !== before);
      seen.push(...(await eventIds(page)));
    }
    expect(seen).toHaveLength(SEEDED_EVENTS);
    expect(new Set(seen).size).toBe(SEEDED_EVENTS);
    await expect(events(page).last()).toContainText("6 July 2021");

    await page.getByRole("link", { name: "Newest events" }).click();
    await expect(page).not.toHaveURL(/cursor=/);
    expect(await eventIds(page)).toEqual(firstPage);
  });

  test("filters by bill without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/timeline");
    await page.getByLabel("Bill", { exact: true }).selectOption({ label: "ENFORCE Act" });
    await page.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/bill=enforce-act/);
    await expect(events(page)).toHaveCount(seeded.filter((event) => event.slug === "enforce-act").length);
    await expect(events(page).first()).toContainText("Received in the House; held at the desk.");
    await context.close();
  });

  test("filters by legislature", async ({ page }) => {
    const uk = seeded.filter((event) => event.jurisdiction === "uk").length;
    await page.goto("/timeline?jurisdiction=uk");
    await expect(events(page)).toHaveCount(uk);
    await expect(events(page).getByRole("link", { name: "Crime and Policing Bill" })).toHaveCount(uk);
    await page.goto("/timeline?jurisdiction=eu");
    await expect(events(page)).toHaveCount(Math.min(TIMELINE_PAGE_SIZE, seeded.filter((event) => event.jurisdiction === "eu").length));
  });

  test("shows what changed since a day", async ({ page }) => {
    await page.goto("/timeline");
    await page.getByLabel("Since", { exact: true }).fill("2025-12-01");
    await page.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/since=2025-12-01/);
    await expect(page.getByText("Showing events on or after 1 December 2025.")).toBeVisible();
    await expect(events(page)).toHaveCount(Math.min(TIMELINE_PAGE_SIZE, seeded.filter((event) => event.occurredOn >= "2025-12-01").length));
    await page.goto("/timeline?since=2030-01-01");
    await expect(page.getByRole("main")).toContainText("No events match these filters.");
  });

  test("explains a since day it cannot read, next to the field", async ({ page }) => {
    await page.goto("/timeline?since=last-monday");
    await expect(page.getByLabel("Since", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter the date as year-month-day, for example 2025-11-17.")).toBeVisible();
  });
});

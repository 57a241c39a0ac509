import type { Page } from "@playwright/test";

import { TIMELINE_PAGE_SIZE } from "@/lib/legislation/queries/timeline";
import { bills } from "@/prisma/seed/content";

import type { PrismaClient } from "@/lib/db/generated/client";

import { createE2eBill, openE2eDatabase } from "./content";
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

  test("shows the events that took place since a day, when asked for that", async ({ page }) => {
    await page.goto("/timeline");
    await page.getByLabel("Since", { exact: true }).fill("2025-12-01");
    await expect(page.getByLabel("Since means")).toHaveValue("change");
    await page.getByLabel("Since means").selectOption({ label: "Events that took place" });
    await page.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/since=2025-12-01&by=action/);
    await expect(page.getByText("Showing events that took place on or after 1 December 2025.")).toBeVisible();
    await expect(events(page)).toHaveCount(Math.min(TIMELINE_PAGE_SIZE, seeded.filter((event) => event.occurredOn >= "2025-12-01").length));
    await page.goto("/timeline?since=2030-01-01&by=action");
    await expect(page.getByRole("main")).toContainText("No events match these filters.");
  });

  test("explains a since day it cannot read, next to the field", async ({ page }) => {
    await page.goto("/timeline?since=last-monday");
    await expect(page.getByLabel("Since", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a real date, for example 17 November 2025 (in a link, 2025-11-17).")).toBeVisible();
  });
});

// The reader's question "what changed since last Monday?" is about the tracker, not the
// legislature: on 2 November 2026 an event was recorded, one corrected, one retracted and a bill
// published, all about actions of 2025. An Australian bill keeps the test apart from the launch
// content (which has none) under ?jurisdiction=au; the rows are dated as if written that day.
test.describe("what changed on the tracker since a day", () => {
  const SLUG = "e2e-changes-since";
  let db: PrismaClient;

  test.beforeAll(async () => {
    db = openE2eDatabase();
    await db.bill.deleteMany({ where: { slug: SLUG } });
    const bill = await createE2eBill(db, {
      slug: SLUG,
      shortTitle: "Online Safety Amendment Bill",
      jurisdiction: "au",
      events: [
        { occurredOn: "2025-03-03", stage: "first_reading", chamber: "representatives", description: "Introduced and read a first time." },
        { occurredOn: "2025-03-20", stage: "second_reading", chamber: "representatives", description: "Second reading agreed (wrong date)." },
        { occurredOn: "2025-04-02", stage: "first_reading", chamber: "senate", description: "Introduced in the Senate (wrong bill)." },
        { occurredOn: "2025-05-14", stage: "second_reading", chamber: "senate", description: "Second reading agreed in the Senate." },
      ],
    });
    const [first, second, third, fourth] = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
    if (!first || !second || !third || !fourth) throw new Error("The example bill's events were not created.");
    await db.statusEvent.updateMany({ where: { billId: bill.id }, data: { createdAt: new Date("2026-10-01T09:00:00Z") } });
    await db.statusEvent.update({ where: { id: fourth.id }, data: { createdAt: new Date("2026-11-02T09:15:00Z") } });
    await db.statusEvent.create({
      data: {
        billId: bill.id,
        path: second.path,
        stage: "second_reading",
        chamber: "representatives",
        occurredOn: new Date("2025-03-21T00:00:00Z"),
        description: "Second reading agreed.",
        sourceUrl: "https://www.aph.gov.au/Parliamentary_Business/Bills_Legislation",
        sourceKind: "official",
        correctsId: second.id,
        createdAt: new Date("2026-11-02T10:30:00Z"),
      },
    });
    await db.statusEvent.update({
      where: { id: third.id },
      data: { retractedAt: new Date("2026-11-02T11:45:00Z"), retractionReason: "Recorded against the wrong bill." },
    });
    await db.auditLog.create({
      data: { action: "bill.published", entityType: "bill", entityId: bill.id, createdAt: new Date("2026-11-02T12:00:00Z") },
    });
  });

  test.afterAll(async () => {
    await db.bill.deleteMany({ where: { slug: SLUG } });
    await db.$disconnect();
  });

  test("lists what the tracker recorded, corrected, retracted and published since the day, each saying which", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/timeline?jurisdiction=au&since=2026-11-02");
    const main = page.getByRole("main");
    await expect(main.getByText("Showing what the tracker recorded, corrected, retracted or published on or after 2 November 2026")).toBeVisible();
    await expect(main.getByRole("heading", { level: 2 })).toHaveText(["Changed on 2 November 2026"]);
    const changes = events(page);
    await expect(changes).toHaveCount(4);
    await expect(changes.nth(0)).toContainText("Bill published2 Nov 2026, 12:00 UTC");
    await expect(changes.nth(0).getByRole("heading", { level: 3 })).toHaveText("Online Safety Amendment Bill is now on the tracker");
    await expect(changes.nth(1)).toContainText("Retracted2 Nov 2026, 11:45 UTC");
    await expect(changes.nth(1)).toContainText("Took place on 2 April 2025");
    await expect(changes.nth(1)).toContainText("Why it was retracted: Recorded against the wrong bill.");
    await expect(changes.nth(2)).toContainText("Corrected2 Nov 2026, 10:30 UTC");
    await expect(changes.nth(2)).toContainText("Took place on 21 March 2025");
    await expect(changes.nth(2)).toContainText("Second reading agreed.");
    await expect(changes.nth(3)).toContainText("Recorded2 Nov 2026, 09:15 UTC");
    await expect(changes.nth(3)).toContainText("Second reading agreed in the Senate.");
    await expect(main).not.toContainText("Introduced and read a first time.");
    await expectNoAxeViolations(page);

    await main.getByRole("link", { name: "Show events that took place since then instead" }).click();
    await expect(page).toHaveURL(/by=action/);
    await expect(main).toContainText("No events match these filters.");
  });

  test("counts every change since an earlier day once, and explains a broken page link", async ({ page }) => {
    await page.goto("/timeline?jurisdiction=au&since=2026-10-01");
    await expect(events(page)).toHaveCount(7);
    await expect(page.getByRole("navigation", { name: "Pages of the changes" })).toHaveCount(0);
    await page.goto("/timeline?jurisdiction=au&since=2026-10-01&cursor=not-a-cursor");
    await expect(page.getByText("That link to older events is not valid, so the latest events are shown.")).toBeVisible();
  });
});

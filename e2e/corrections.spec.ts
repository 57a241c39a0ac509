import type { PrismaClient } from "@/lib/db/generated/client";

import { createE2eBill, expect, openE2eDatabase, test } from "./content";

// A bill with one corrected and one retracted entry: the launch content has neither. It is
// written before anything renders /corrections in this run (the page is cached and these
// writes expire no cache tag), and removed at the end. Its own page is read uncached, since
// the cached list of bills does not know it.
const SLUG = "e2e-corrected-bill";
let db: PrismaClient;

test.beforeAll(async () => {
  db = openE2eDatabase();
  await db.bill.deleteMany({ where: { slug: SLUG } });
  const bill = await createE2eBill(db, {
    slug: SLUG,
    shortTitle: "Example Corrections Bill",
    jurisdiction: "us",
    events: [
      { occurredOn: "2025-03-03", stage: "introduced", chamber: "senate", description: "Introduced in the Senate." },
      { occurredOn: "2025-06-12", stage: "reported", chamber: "senate", description: "Reported by the committee.", sourceUrl: "https://example.org/advocacy", sourceKind: "secondary" },
      { occurredOn: "2025-07-01", stage: "passed", chamber: "senate", description: "Passed the Senate." },
    ],
  });
  const [, reported, passed] = await db.statusEvent.findMany({ where: { billId: bill.id }, orderBy: { occurredOn: "asc" } });
  if (!reported || !passed) throw new Error("The example bill's events were not created.");
  await db.statusEvent.update({
    where: { id: passed.id },
    data: { retractedAt: new Date("2026-02-02T10:00:00Z"), retractionReason: "Recorded against the wrong bill." },
  });
  await db.statusEvent.create({
    data: {
      billId: bill.id,
      path: "senate",
      stage: "reported",
      occurredOn: new Date("2025-06-26T00:00:00Z"),
      chamber: "senate",
      description: "Reported by the committee.",
      vote: "22–0",
      sourceUrl: "https://www.cbo.gov/publication/61842",
      sourceKind: "official",
      correctsId: reported.id,
      createdAt: new Date("2026-03-03T10:00:00Z"),
    },
  });
});

test.afterAll(async () => {
  await db.bill.deleteMany({ where: { slug: SLUG } });
  await db.$disconnect();
});

test.describe("corrections page", () => {
  test("lists every correction and retraction, newest first, with what changed", async ({ page }) => {
    await page.goto("/corrections");
    await expect(page).toHaveTitle("Corrections – Policy Tracker");
    const entries = page.getByRole("main").getByRole("listitem");
    await expect(entries).toHaveCount(2);

    const correction = entries.first();
    await expect(correction).toContainText("Correction recorded on 3 March 2026");
    await expect(correction.getByRole("heading", { level: 2 })).toHaveText("Example Corrections Bill: entry for 12 June 2025 corrected");
    await expect(correction.getByRole("definition")).toHaveText([
      "changed from 12 June 2025 → to 26 June 2025",
      "changed from none → to 22–0",
      "changed from https://example.org/advocacy → to https://www.cbo.gov/publication/61842",
      "changed from secondary source → to official record",
    ]);
    await expect(correction.getByRole("link", { name: "Example Corrections Bill" })).toHaveAttribute("href", new RegExp(`^/bills/${SLUG}#event-`));

    const retraction = entries.nth(1);
    await expect(retraction).toContainText("Retraction recorded on 2 February 2026");
    await expect(retraction.getByRole("heading", { level: 2 })).toHaveText("Example Corrections Bill: entry for 1 July 2025 retracted");
    await expect(retraction).toContainText("Reason: Recorded against the wrong bill.");
  });

  test("marks the corrected and the retracted entries on the bill's own page, and leaves them out of its stage", async ({ page }) => {
    await page.goto(`/bills/${SLUG}`);
    const history = page.locator("section", { has: page.getByRole("heading", { name: "Status history" }) });
    const entries = history.getByRole("listitem");
    const oldestFirst = [
      "3 March 2025: Introduced in the Senate",
      "12 June 2025: Reported by a Senate committee (corrected)",
      "26 June 2025: Reported by a Senate committee",
      "1 July 2025: Passed the Senate (retracted)",
    ];
    // Newest first, as Congress.gov and the back office list them; the other order is a link away.
    await expect(history).toContainText("Newest first.");
    await expect(entries.getByRole("heading", { level: 3 })).toHaveText([...oldestFirst].reverse());
    await expect(entries.nth(2)).toContainText("Corrected on 3 March 2026: this entry no longer counts.");
    await entries.nth(2).getByRole("link", { name: "See the correction" }).click();
    await expect(page).toHaveURL(/#event-/);
    await expect(entries.nth(1)).toContainText("Correction, recorded 3 March 2026, of the entry for 12 June 2025");
    await expect(entries.nth(1).getByRole("definition").filter({ hasText: "changed from" }).first()).toHaveText("changed from 12 June 2025 → to 26 June 2025");
    await expect(entries.nth(0)).toContainText("Retracted on 2 February 2026: Recorded against the wrong bill.");
    await history.getByRole("link", { name: "Show oldest first" }).click();
    await expect(page).toHaveURL(/\?order=oldest#history-heading$/);
    await expect(entries.getByRole("heading", { level: 3 })).toHaveText(oldestFirst);
    await history.getByRole("link", { name: "Show newest first" }).click();
    await expect(entries.getByRole("heading", { level: 3 })).toHaveText([...oldestFirst].reverse());
    const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
    await expect(progress.locator('[aria-current="step"]')).toContainText("Reported by committee");
    await expect(progress.locator('[aria-current="step"]')).toContainText("reached 26 June 2025");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations in ${colorScheme} mode, here and on the corrected bill`, async ({ page, expectNoAxeViolations }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/corrections");
      await expectNoAxeViolations(page);
      await page.goto(`/bills/${SLUG}`);
      await expectNoAxeViolations(page);
    });
  }

  for (const width of [375, 1280]) {
    test(`renders at ${width} px without horizontal scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      const pages = [
        ["corrections", "/corrections"],
        ["bill-corrected", `/bills/${SLUG}`],
      ] as const;
      for (const [name, path] of pages) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
      }
    });
  }
});

import type { PrismaClient } from "@/lib/db/generated/client";

import { createE2eBill, expect, openE2eDatabase, test } from "./content";

// A bill with one corrected and one retracted entry: the launch content has neither. It is
// written before anything renders /corrections in this run (the page is cached and these
// writes expire no cache tag), and removed at the end.
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
      { occurredOn: "2025-07-01", stage: "passed_one_chamber", chamber: "senate", description: "Passed the Senate." },
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

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ page, expectNoAxeViolations }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/corrections");
      await expectNoAxeViolations(page);
    });
  }

  for (const width of [375, 1280]) {
    test(`renders at ${width} px without horizontal scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/corrections");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`corrections-${width}.png`), fullPage: true });
    });
  }
});

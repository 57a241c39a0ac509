import { spawnSync } from "node:child_process";
import path from "node:path";

import type { PrismaClient } from "@/lib/db/generated/client";

import { createE2eBill, expect, openE2eDatabase, test } from "./content";
import { e2eDatabaseUrl } from "./state";

// As an editor and then an advocate would: two versions of a bill imported from the command
// line, then read on the public site, section by section, with links to every part.
const SLUG = "e2e-text-bill";
const EDITOR = "e2e-text-editor@example.org";
const fixtures = path.join(import.meta.dirname, "../lib/bill-text/fixtures");
let db: PrismaClient;

function textImport(code: string, file: string, extra: string[] = []) {
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/text-import.ts", "--bill", SLUG, "--version", code, "--file", path.join(fixtures, file), "--as", EDITOR, ...extra],
    { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`text:import failed: ${result.stderr}`);
  return result.stdout;
}

test.beforeAll(async () => {
  db = openE2eDatabase();
  await db.bill.deleteMany({ where: { slug: SLUG } });
  // Audit rows name the account and cannot be deleted, so the account stays between runs.
  await db.user.upsert({ where: { email: EDITOR }, create: { email: EDITOR, role: "editor" }, update: { role: "editor", deactivatedAt: null } });
  await createE2eBill(db, { slug: SLUG, shortTitle: "Fixture Online Safety Act", jurisdiction: "us", events: [] });
  expect(textImport("is", "fixture-act-is.xml", ["--date", "2025-03-04", "--source", "https://www.govinfo.gov/app/details/BILLS-119s9999is"])).toMatch(/Imported Introduced in Senate/);
  expect(textImport("rs", "fixture-act-rs.xml", ["--date", "2025-06-01"])).toMatch(/Imported Reported in Senate/);
});

test.afterAll(async () => {
  await db.bill.deleteMany({ where: { slug: SLUG } });
  await db.$disconnect();
});

test.describe("a bill's text", () => {
  test("is linked from the bill's page, with a contents list and a link to every part", async ({ page }) => {
    await page.goto(`/bills/${SLUG}`);
    const text = page.getByRole("region", { name: "Text of the bill" });
    await expect(text.getByRole("listitem")).toHaveText(["Introduced in Senate (is), 4 March 2025", "Reported in Senate (rs), 1 June 2025"]);
    await text.getByRole("link", { name: "Reported in Senate" }).click();

    await expect(page).toHaveURL(`/bills/${SLUG}/text/rs`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reported in Senate");
    await expect(page.getByRole("main")).toContainText("Read fromthe official bill XML");

    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Sec. 4. Reporting requirements" }).click();
    await expect(page).toHaveURL(new RegExp(`/text/rs#sec-4$`));
    await expect(page.getByRole("heading", { name: /Sec\. 4\. Reporting requirements/ })).toBeInViewport();

    const selfLink = page.getByRole("link", { name: "Link to section 4(b)" });
    await selfLink.focus();
    await expect(selfLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`#sec-4-b$`));
    await expect(page.locator("#sec-4-b")).toContainText("The Attorney General shall issue guidance");
    await expect(page.locator("#sec-4-a-quoted-1 blockquote")).toContainText("Annual transparency report");
  });

  test("lists the versions, and answers 404 for a version that was not imported", async ({ page }) => {
    await page.goto(`/bills/${SLUG}/text`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Text of the Fixture Online Safety Act");
    await expect(page.getByRole("main").getByRole("link", { name: "Introduced in Senate" })).toHaveAttribute("href", `/bills/${SLUG}/text/is`);
    expect((await page.goto(`/bills/${SLUG}/text/enr`))?.status()).toBe(404);
  });

  for (const target of ["text", "text/rs"]) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`/${target} has no axe violations in ${colorScheme} mode`, async ({ page, expectNoAxeViolations }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/bills/${SLUG}/${target}`);
        await expectNoAxeViolations(page);
      });
    }
    for (const width of [375, 1280]) {
      test(`/${target} fits ${width} px without horizontal scrolling`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/bills/${SLUG}/${target}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: testInfo.outputPath(`${target.replace("/", "-")}-${width}.png`), fullPage: true });
      });
    }
  }
});

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
  await createE2eBill(db, {
    slug: SLUG,
    shortTitle: "Fixture Online Safety Act",
    jurisdiction: "us",
    events: [{ occurredOn: "2025-03-04", stage: "introduced", chamber: "senate", description: "Introduced in the Senate; read twice.", sourceUrl: "https://www.congress.gov/" }],
  });
  expect(textImport("is", "fixture-act-is.xml", ["--date", "2025-03-04", "--source", "https://www.govinfo.gov/app/details/BILLS-119s9999is"])).toMatch(/Imported Introduced in Senate/);
  expect(textImport("rs", "fixture-act-rs.xml", ["--date", "2025-06-01"])).toMatch(/Imported Reported in Senate/);
  const bill = await db.bill.findUniqueOrThrow({ where: { slug: SLUG } });
  await db.provision.create({
    data: { billId: bill.id, category: "reporting_duty", text: "Platforms with more than a million monthly users are covered.", textVersionCode: "is", textSection: "sec-2-2-B-i" },
  });
  // Set as the step form would: the citation is checked by the commands (lib/bill-text/citations.int.test.ts).
  await db.statusEvent.updateMany({ where: { billId: bill.id }, data: { textVersionCode: "is", textSection: "sec-3" } });
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

  test("is in the sitemap, each version with its own address", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    for (const path of ["text", "text/is", "text/rs"]) expect(sitemap).toContain(`/bills/${SLUG}/${path}</loc>`);
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

test.describe("a redline of two versions", () => {
  test("reports the renumbered section as renumbered, marks the changed words, and walks the changes by keyboard", async ({ page }) => {
    await page.goto(`/bills/${SLUG}/text`);
    await page.getByRole("link", { name: "Compare two versions" }).click();
    await expect(page).toHaveURL(`/bills/${SLUG}/text/compare`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Introduced in Senate to Reported in Senate");
    await expect(page.getByTestId("compare-summary")).toHaveText("2 sections changed, 1 added, 2 renumbered.");

    const severability = page.locator("#to-sec-5");
    await expect(severability.getByRole("heading")).toContainText("Sec. 5. Severability");
    await expect(severability).toContainText("Renumbered from section 4; words unchanged");
    await expect(severability.locator("ins, del")).toHaveCount(0);

    const definitions = page.locator("#to-sec-2");
    await expect(definitions.locator("del")).toHaveText(["[deleted: 1,000,000 end of change]"]);
    await expect(definitions.locator("ins")).toHaveText(["[inserted: 10,000,000 end of change]"]);
    await expect(page.locator("#to-sec-4")).toContainText("(c) (was (b))");

    await expect(page.getByText("Press n for the next change")).toBeVisible();
    await page.keyboard.press("n");
    await expect(page.locator("#change-1")).toBeFocused();
    await expect(page.locator("#change-1")).toContainText("Sec. 2. Definitions");
    await page.keyboard.press("n");
    await expect(page.locator("#change-2")).toBeFocused();
    await expect(page.locator("#change-2")).toContainText("Added");
    await page.keyboard.press("p");
    await expect(page.locator("#change-1")).toBeFocused();
    await expect(page).toHaveURL(/#change-1$/);

    const next = page.locator("#change-1").getByRole("link", { name: "Next change" });
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#change-2$/);

    await page.getByRole("link", { name: "Read in Reported in Senate (Sec. 4. Reporting requirements)" }).click();
    await expect(page).toHaveURL(new RegExp(`/bills/${SLUG}/text/rs#sec-4$`));
    await expect(page.getByRole("heading", { name: /Sec\. 4\. Reporting requirements/ })).toBeInViewport();
  });

  test("is where a provision citing the older text says that the newer one changed it", async ({ page }) => {
    await page.goto(`/bills/${SLUG}`);
    const provision = page.getByRole("listitem").filter({ hasText: "Platforms with more than a million monthly users" });
    await expect(provision).toContainText("Section 2(2)(B)(i) of the Introduced in Senate text changed in Reported in Senate: see the change");
    await provision.getByRole("link", { name: "see the change" }).click();
    await expect(page).toHaveURL(`/bills/${SLUG}/text/compare?from=is&to=rs#to-sec-2`);
    await expect(page.locator("#to-sec-2")).toBeInViewport();
  });

  test("is where a step of the history citing the older text says that the newer one changed it", async ({ page }) => {
    await page.goto(`/bills/${SLUG}`);
    const step = page.getByRole("listitem").filter({ hasText: "Introduced in the Senate; read twice." });
    await expect(step).toContainText("Section 3 of the Introduced in Senate text changed in Reported in Senate: see the change");
    await expect(step.getByRole("link", { name: "see the change" })).toHaveAttribute("href", `/bills/${SLUG}/text/compare?from=is&to=rs#to-sec-4`);
  });

  test("has a side-by-side view and a changes-only view, and says what is wrong with a bad choice", async ({ page }) => {
    await page.goto(`/bills/${SLUG}/text/compare?from=is&to=rs&view=side`);
    const definitions = page.locator("#to-sec-2");
    await expect(definitions.getByText("Introduced in Senate", { exact: true })).toBeVisible();
    await expect(definitions.locator("del")).toHaveCount(1);
    await expect(definitions.locator("ins")).toHaveCount(1);

    await page.getByLabel("View").selectOption("changes");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/view=changes/);
    await expect(page.locator("#to-sec-5")).toHaveCount(0);
    await expect(page.locator("#to-sec-3")).toContainText("Added");

    await page.goto(`/bills/${SLUG}/text/compare?from=zz&to=rs`);
    await expect(page.getByText("This bill has no version “zz”. Choose one of its versions.")).toBeVisible();
    await expect(page.getByLabel("From (older)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("compare-summary")).toHaveCount(0);
  });

  test("is in the API: the versions, one version's tree and the comparison", async ({ request }) => {
    const list = await (await request.get(`/api/v1/bills/${SLUG}/versions`)).json();
    expect(list.data.map((version: { code: string }) => version.code)).toEqual(["is", "rs"]);
    const version = await (await request.get(`/api/v1/bills/${SLUG}/versions/rs`)).json();
    expect(version.body.map((node: { id: string }) => node.id)).toEqual(["sec-1", "sec-2", "sec-3", "sec-4", "sec-5"]);
    const compared = await request.get(`/api/v1/bills/${SLUG}/versions/compare?from=is&to=rs`);
    expect(compared.status()).toBe(200);
    const body = await compared.json();
    expect(body.summaryText).toBe("2 sections changed, 1 added, 2 renumbered");
    expect(body.sections.find((section: { to: { id: string } | null }) => section.to?.id === "sec-5")).toMatchObject({ op: "unchanged", renumbered: true });
    const missing = await request.get(`/api/v1/bills/${SLUG}/versions/compare?from=is`);
    expect(missing.status()).toBe(400);
    expect((await missing.json()).errors).toEqual([{ name: "to", reason: "This parameter is required." }]);
    expect((await request.get(`/api/v1/bills/${SLUG}/versions/compare?from=is&to=enr`)).status()).toBe(404);
  });

  for (const view of ["inline", "side", "changes"]) {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [375, 1280]) {
        test(`the ${view} view has no axe violations in ${colorScheme} mode at ${width} px, and fits the width`, async ({ page, expectNoAxeViolations }, testInfo) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await page.goto(`/bills/${SLUG}/text/compare?from=is&to=rs&view=${view}`);
          await expectNoAxeViolations(page);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
          await page.screenshot({ path: testInfo.outputPath(`compare-${view}-${colorScheme}-${width}.png`), fullPage: true });
        });
      }
    }
  }
});

import { readFileSync } from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";

import { errorSummary, expect, test } from "./auth-fixtures";

// As an editor would: upload an official version of a bill's text from the back office, read it
// on the public site, and be told plainly when a file is not a bill or not the one imported.
const fixturePath = path.join(import.meta.dirname, "../lib/bill-text/fixtures/fixture-act-is.xml");
const introduced = readFileSync(fixturePath, "utf8");
const amended = introduced.replace("1,000,000 monthly users", "2,000,000 monthly users");
const SOURCE = "https://www.govinfo.gov/app/details/BILLS-119s9999is";

const xmlFile = (name: string, text: string) => ({ name, mimeType: "text/xml", buffer: Buffer.from(text, "utf8") });

async function upload(page: Page, version: string, file: string | { name: string; mimeType: string; buffer: Buffer }, options: { replace?: boolean } = {}) {
  await page.getByLabel("Version", { exact: true }).selectOption({ label: version });
  await page.getByLabel("File", { exact: true }).setInputFiles(file);
  if (options.replace) await page.getByLabel("Replace the file already imported for this version").check();
  await page.getByRole("button", { name: "Import this version" }).click();
}

const importedVersions = (page: Page) => page.getByRole("list", { name: "Imported versions" }).getByRole("listitem");

test.describe("uploading a version of a bill's text", () => {
  test("imports the file, lists it and shows it on the public site", async ({ page, login, makeBill, db }) => {
    await login({ role: "editor" });
    const bill = await makeBill({ state: "published" });
    await page.goto(`/admin/bills/${bill.id}`);
    await page.getByRole("navigation", { name: "Bill sections" }).getByRole("link", { name: "Text versions" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Import a version" })).toBeVisible();
    await expect(page.getByText("No version of this bill’s text has been imported yet.")).toBeVisible();
    await page.getByLabel("Date (optional)").fill("2025-03-04");
    await page.getByLabel("Source (optional)").fill(SOURCE);
    await upload(page, "Introduced in Senate (is)", fixturePath);
    await expect(page.getByRole("status").filter({ hasText: "Imported Introduced in Senate: 16 parts." })).toBeVisible();
    await expect(importedVersions(page)).toHaveCount(1);
    await expect(importedVersions(page)).toContainText(["Introduced in Senate (is)"]);
    await expect(importedVersions(page).first()).toContainText("4 March 2025");
    await expect(importedVersions(page).first()).toContainText("the official bill XML");
    await expect(importedVersions(page).first().getByRole("link", { name: SOURCE })).toHaveAttribute("href", SOURCE);

    // The same file again changes nothing, and says so.
    await upload(page, "Introduced in Senate (is)", fixturePath);
    await expect(page.getByRole("status").filter({ hasText: "This file was already imported: nothing changed." })).toBeVisible();
    expect(await db.auditLog.count({ where: { entityType: "textVersion", action: "textVersion.imported", after: { path: ["billId"], equals: bill.id } } })).toBe(1);

    await importedVersions(page).first().getByRole("link", { name: "Read Introduced in Senate on the public site" }).click();
    await expect(page).toHaveURL(`/bills/${bill.slug}/text/is`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Introduced in Senate");
    await expect(page.getByRole("heading", { name: /Sec\. 3\. Reporting requirements/ })).toBeVisible();
  });

  test("shows a file that is not XML as an error next to the file, and imports nothing", async ({ page, login, makeBill, db }) => {
    await login({ role: "editor" });
    const bill = await makeBill();
    await page.goto(`/admin/bills/${bill.id}/text`);
    await page.getByLabel("Source (optional)").fill(SOURCE);
    await upload(page, "Introduced in Senate (is)", { name: "BILLS-119s9999is.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%âãÏÓ\n") });

    await expect(errorSummary(page)).toContainText("File: The file is not XML.");
    await expect(page.getByLabel("File", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-raw-error")).toContainText("The file is not XML. Import the bill's XML file");
    // What was typed stays; the file has to be chosen again, as browsers never refill a file input.
    await expect(page.getByLabel("Source (optional)")).toHaveValue(SOURCE);
    await expect(page.getByLabel("Version", { exact: true })).toHaveValue("is");
    expect(await db.billTextVersion.count({ where: { billId: bill.id } })).toBe(0);
  });

  test("refuses a different file for a version already imported until told to replace it", async ({ page, login, makeBill, db }) => {
    await login({ role: "editor" });
    const bill = await makeBill();
    await page.goto(`/admin/bills/${bill.id}/text`);
    await upload(page, "Introduced in Senate (is)", fixturePath);
    await expect(page.getByRole("status").filter({ hasText: "Imported Introduced in Senate: 16 parts." })).toBeVisible();

    await upload(page, "Introduced in Senate (is)", xmlFile("BILLS-119s9999is-corrected.xml", amended));
    await expect(errorSummary(page)).toContainText("Version is of this bill was already imported from a different file");
    await expect(page.locator("#field-replace-error")).toContainText("Tick this box to put the file you chose in place of the one already imported");
    expect((await db.billTextVersion.findFirstOrThrow({ where: { billId: bill.id } })).raw).toBe(introduced);

    await upload(page, "Introduced in Senate (is)", xmlFile("BILLS-119s9999is-corrected.xml", amended), { replace: true });
    await expect(page.getByRole("status").filter({ hasText: "Replaced Introduced in Senate with the new file: 16 parts." })).toBeVisible();
    await expect(importedVersions(page)).toHaveCount(1);
    expect((await db.billTextVersion.findFirstOrThrow({ where: { billId: bill.id } })).raw).toBe(amended);
  });

  test("takes a file of several megabytes, past Next's default 1 MB for a server action", async ({ page, login, makeBill, db }) => {
    await login({ role: "editor" });
    const bill = await makeBill();
    // An omnibus bill's XML is about 10 MB; a comment pads the fixture to 12 MB without changing its sections.
    const large = introduced.replace("<bill ", `<!-- ${"padding ".repeat(1_500_000)}-->\n<bill `);
    expect(Buffer.byteLength(large)).toBeGreaterThan(12_000_000);
    await page.goto(`/admin/bills/${bill.id}/text`);
    await upload(page, "Introduced in Senate (is)", xmlFile("BILLS-119hr9999enr-omnibus.xml", large));
    await expect(page.getByRole("status").filter({ hasText: "Imported Introduced in Senate: 16 parts." })).toBeVisible({ timeout: 20_000 });
    expect(await db.billTextVersion.count({ where: { billId: bill.id } })).toBe(1);
  });

  test("has no axe violations, with and without errors, and fits 375 and 1280 px", async ({ page, login, makeBill, expectNoAxeViolations }, testInfo) => {
    await login({ role: "editor" });
    const bill = await makeBill({ state: "published" });
    await page.goto(`/admin/bills/${bill.id}/text`);
    await expectNoAxeViolations(page);
    await page.getByLabel("Source (optional)").fill(SOURCE);
    await page.getByLabel("Date (optional)").fill("2025-03-04");
    await upload(page, "Introduced in Senate (is)", fixturePath);
    await expect(page.getByRole("status").filter({ hasText: "Imported Introduced in Senate" })).toBeVisible();
    await expectNoAxeViolations(page);
    await upload(page, "Reported in Senate (rs)", fixturePath);
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page);

    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`admin-bill-text-error-${width}.png`), fullPage: true });
    }
    await page.goto(`/admin/bills/${bill.id}/text?notice=imported&code=is&parts=16`);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`admin-bill-text-${width}.png`), fullPage: true });
    }
  });
});

test.describe("uploading without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("imports the file and confirms it, and shows an error next to the file", async ({ page, login, makeBill, db }) => {
    await login({ role: "editor" });
    const bill = await makeBill();
    await page.goto(`/admin/bills/${bill.id}/text`);
    // A file goes only in a multipart body: React renders a server action's form as one.
    expect(await page.getByLabel("File", { exact: true }).evaluate((input: HTMLInputElement) => input.form?.enctype)).toBe("multipart/form-data");
    await upload(page, "Introduced in Senate (is)", { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Notes on the bill.") });
    await expect(errorSummary(page)).toContainText("File: The file is not XML.");
    await expect(page.locator("#field-raw-error")).toContainText("The file is not XML.");

    await upload(page, "Introduced in Senate (is)", fixturePath);
    await expect(page.getByRole("status").filter({ hasText: "Imported Introduced in Senate: 16 parts." })).toBeVisible();
    await expect(importedVersions(page)).toContainText(["Introduced in Senate (is)"]);
    expect(await db.billTextVersion.count({ where: { billId: bill.id } })).toBe(1);
  });
});

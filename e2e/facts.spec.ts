import { statistics } from "@/prisma/seed/content";

import { test as authTest } from "./auth-fixtures";
import { expect, test } from "./fixtures";

test.describe("facts page", () => {
  test("charts NCMEC's reports by year with a data table, labelled as the source labels them", async ({ page }) => {
    await page.goto("/facts");
    await expect(page).toHaveTitle("Facts and figures – Policy Tracker");
    const chart = page.getByRole("figure", { name: /Reports of AI-generated abuse material to NCMEC/ });
    await expect(chart).toContainText("As reported by NCMEC, 2025");
    await expect(chart.getByRole("img")).toHaveAttribute(
      "aria-label",
      "Reports of AI-generated abuse material to NCMEC. 2023: 4,700; 2024: 67,000; first half of 2025: 485,000.",
    );
    const rows = chart.getByRole("table").getByRole("row");
    await expect(rows).toHaveText(["PeriodCount", "20234,700", "202467,000", "first half of 2025485,000"]);
  });

  test("charts the IWF's AI videos in 2024 and 2025, with the reported change", async ({ page }) => {
    await page.goto("/facts");
    const chart = page.getByRole("figure", { name: /AI-generated child sexual abuse videos found/ });
    await expect(chart).toContainText("As reported by Internet Watch Foundation, Annual Report 2025");
    await expect(chart.getByRole("table").getByRole("row")).toHaveText(["PeriodCount", "202413", "20253,443"]);
    await expect(chart).toContainText("+26,385 %");
  });

  test("lists every figure with its period and who reported it", async ({ page }) => {
    await page.goto("/facts");
    const figures = page.locator("section", { has: page.getByRole("heading", { name: "All figures" }) }).getByRole("listitem");
    // Every launch figure, each once (other tests may add figures of their own).
    for (const figure of statistics) await expect(figures.filter({ hasText: figure.label }), figure.label).toHaveCount(1);
    await expect(figures.filter({ hasText: "Known abuse material hosted, by country" })).toContainText("Netherlands 29 % · United States 14 % · Poland 3 %");
    await expect(figures.filter({ hasText: "Share of known abuse material hosted in EU countries" })).toContainText("62 %");
    const girls = figures.filter({ hasText: "Victims depicted as girls in AI abuse material" });
    await expect(girls).toContainText("97 %");
    await expect(girls).toContainText("Period: 2025");
    await expect(girls).toContainText("As reported by: Internet Watch Foundation, 2025");
    // The launch content names no address for its figures: the page says so rather than guess one.
    await expect(girls).toContainText("(we have not yet recorded a link to this publication)");
    await expect(girls.getByRole("link")).toHaveCount(0);
  });
});

authTest("a figure given its source's address links to it, and the dashboard lists the figures that have none", async ({ page, login }) => {
  await login({ role: "editor" });
  const label = `Reports received ${Date.now().toString(36)}`;
  await page.goto("/admin/statistics");
  await page.getByLabel("What it counts").fill(label);
  await page.getByLabel("Figure", { exact: true }).fill("1,234");
  await page.getByLabel("Period", { exact: true }).fill("2025");
  await page.getByLabel("Source", { exact: true }).fill("Example Watch, Annual Report 2025");
  await page.getByLabel("Source address (optional)").fill("https://reports.example.org/annual-report-2025");
  await page.getByRole("button", { name: "Add figure" }).click();
  await expect(page).toHaveURL(/notice=added/);

  await page.goto("/facts");
  const figure = page.locator("section", { has: page.getByRole("heading", { name: "All figures" }) }).getByRole("listitem").filter({ hasText: label });
  await expect(figure.getByRole("link", { name: "Example Watch, Annual Report 2025" })).toHaveAttribute("href", "https://reports.example.org/annual-report-2025");
  await expect(figure).not.toContainText("not yet recorded a link");

  await page.goto("/admin");
  const unlinked = page.getByRole("region", { name: "Figures with no link to their source" });
  await expect(unlinked.getByRole("link").first()).toContainText("no link to the publication");
  await unlinked.getByRole("link").first().click();
  await expect(page.getByLabel("Source address (optional)")).toHaveValue("");
});

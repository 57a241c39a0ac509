import type { Page } from "@playwright/test";

import { bills } from "@/prisma/seed/content";

import { expect, test } from "./auth-fixtures";

// Each legislature's own path, through the back office as a new editor records it and on the
// public page as readers see it.

const enforce = bills.find((bill) => bill.slug === "enforce-act")!; // a launch bill: always there

interface Step {
  /** The step as the form offers it. */
  option: string;
  on: string;
  chamber?: string;
  body?: string;
}

/** Record a step through the form; it must be accepted the first time, with no confirmation. */
async function recordStep(page: Page, billId: string, step: Step) {
  await page.goto(`/admin/bills/${billId}/history`);
  await page.getByLabel("Step", { exact: true }).selectOption({ label: step.option });
  await page.getByLabel("Date it happened").fill(step.on);
  if (step.chamber) await page.getByLabel("Chamber (optional)").selectOption({ label: step.chamber });
  if (step.body) await page.getByLabel("Who acted (optional)").fill(step.body);
  await page.getByLabel("What happened").fill(`${step.option}.`);
  await page.getByLabel("Source", { exact: true }).fill("https://www.congress.gov/");
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status event recorded." }), step.option).toBeVisible();
}

test("a new editor records the ENFORCE Act's House referral, accepted the first time, and the public page follows", async ({
  page,
  browser,
  login,
  makeBill,
  expectNoAxeViolations,
}, testInfo) => {
  test.setTimeout(90_000);
  await login({ role: "editor" });
  // The launch bill's own content, in a bill of its own, so other tests keep the seeded one as it is.
  const { events, keyDates, slug: _slug, ...fields } = enforce;
  const bill = await makeBill({ ...fields, shortTitle: `ENFORCE Act (browser test ${Date.now()})`, state: "published", events, keyDates });
  await recordStep(page, bill.id, { option: "Referred to a House committee", on: "2026-12-01", body: "House Committee on the Judiciary" });
  await expect(page.getByText("This step looks out of order")).toHaveCount(0);

  const reader = await browser.newContext();
  const publicPage = await reader.newPage();
  for (const width of [375, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      await publicPage.setViewportSize({ width, height: 900 });
      await publicPage.emulateMedia({ colorScheme });
      await publicPage.goto(`/bills/${bill.slug}`);
      await expect(publicPage.getByText("Passed the Senate; in the House Committee on the Judiciary", { exact: true })).toBeVisible();
      const senate = publicPage.getByRole("list", { name: "Senate" });
      await expect(senate.locator('[aria-current="step"]')).toContainText("Passed");
      await expect(senate.locator('[aria-current="step"]')).toContainText("Done · 16 December 2025");
      const house = publicPage.getByRole("list", { name: "House" });
      await expect(house.locator('[aria-current="step"]')).toContainText("Referred to committee");
      await expect(house.locator('[aria-current="step"]')).toContainText("Where it stands · reached 1 December 2026");
      await expect(publicPage.getByRole("main").getByText("Usual next step", { exact: true })).toBeVisible();
      await expect(publicPage.getByRole("main")).toContainText("House committee consideration");
      await expectNoAxeViolations(publicPage);
      await publicPage.screenshot({ path: testInfo.outputPath(`enforce-house-referral-${width}-${colorScheme}.png`), fullPage: true });
    }
  }
  await reader.close();
});

test("an EU regulation goes through the ordinary legislative procedure to entry into force", async ({ page, login, makeBill }) => {
  test.setTimeout(120_000);
  await login({ role: "editor" });
  const bill = await makeBill({ jurisdiction: "eu", shortTitle: `E2E EU Regulation ${Date.now()}`, state: "published", numbers: ["2026/0001(COD)"], events: [] });
  const steps: (Step & { reads: string })[] = [
    { option: "Proposed by the Commission", on: "2026-01-10", reads: "Proposed by the Commission" },
    { option: "Parliament's mandate to negotiate", on: "2026-03-01", reads: "Parliament has its negotiating mandate" },
    { option: "Council's general approach", on: "2026-03-20", reads: "Parliament has its negotiating mandate; the Council has agreed its general approach" },
    { option: "Trilogue negotiations begin", on: "2026-04-02", reads: "In trilogue: Parliament and the Council are negotiating" },
    { option: "Provisional agreement in trilogue", on: "2026-06-10", reads: "Provisionally agreed in trilogue" },
    { option: "Adopted by Parliament", on: "2026-07-01", reads: "Adopted by Parliament" },
    { option: "Adopted by the Council", on: "2026-07-15", reads: "Adopted by Parliament and the Council" },
    { option: "Signed: adopted as law", on: "2026-07-20", reads: "Law since 20 July 2026; no commencement recorded yet" },
    { option: "Entered into force", on: "2026-08-09", reads: "Law; in force" },
  ];
  for (const step of steps) {
    await recordStep(page, bill.id, step);
    await page.goto(`/bills/${bill.slug}`);
    await expect(page.getByText(`Status: ${step.reads}`, { exact: true }), step.option).toBeVisible();
  }
  const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
  await expect(progress.getByRole("heading", { level: 3 })).toHaveText([/^Commission/, /^Parliament/, /^Council/, /^Trilogue/, /^Adoption/, "After enactment"]);
  await expect(page.getByText("Phase: In force")).toBeVisible();
});

test("a California bill goes through the Senate, the Assembly and the Governor", async ({ page, login, makeBill }) => {
  test.setTimeout(90_000);
  await login({ role: "editor" });
  const bill = await makeBill({ jurisdiction: "us_state", region: "California", shortTitle: `E2E California Bill ${Date.now()}`, state: "published", numbers: ["SB 1"], events: [] });
  const steps: (Step & { reads: string })[] = [
    { option: "Introduced in the Senate", on: "2026-01-05", reads: "Introduced in the Senate" },
    { option: "Passed the Senate", on: "2026-03-05", reads: "Passed the Senate" },
    { option: "Received in the Assembly", on: "2026-03-06", reads: "Passed the Senate; received in the Assembly" },
    { option: "Passed the Assembly", on: "2026-06-01", reads: "Passed both chambers" },
    { option: "Presented to the Governor", on: "2026-06-05", reads: "Passed both chambers; with the Governor" },
    { option: "Signed by the Governor", on: "2026-07-01", reads: "Law since 1 July 2026; no commencement recorded yet" },
  ];
  for (const step of steps) {
    await recordStep(page, bill.id, step);
    await page.goto(`/bills/${bill.slug}`);
    await expect(page.getByText(`Status: ${step.reads}`, { exact: true }), step.option).toBeVisible();
  }
  await expect(page.getByRole("main")).toContainText("US state legislature · California");
  const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
  await expect(progress.getByRole("heading", { level: 3 })).toHaveText([/^Senate/, /^Assembly/, /^Becoming law/, "After enactment"]);
});

test("the editors' guide opens from a bill's history, with each legislature's examples", async ({ page, login, makeBill, expectNoAxeViolations }) => {
  await login({ role: "editor" });
  const bill = await makeBill({});
  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByRole("link", { name: "the editors’ guide" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recording a bill's steps: the editors' guide" })).toBeVisible();
  for (const name of ["United States Congress", "UK Parliament", "European Union", "After enactment, in every legislature"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole("table").first()).toContainText("Received in the House");
  await expectNoAxeViolations(page);
});

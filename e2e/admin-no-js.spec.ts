import type { Browser, Page } from "@playwright/test";

import { expect, signInThroughApi, test, type Account } from "./auth-fixtures";

// Every form works as a plain HTML form: errors next to the fields, input kept, no scripts.

async function pageWithoutScripts(browser: Browser, account?: Account): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  if (account) await signInThroughApi(page, account);
  return page;
}

function summaryOf(page: Page) {
  return page.locator('[role="alert"]').filter({ hasText: "There is a problem" });
}

test("signing in without JavaScript keeps the address and explains the refusal", async ({ browser, account }) => {
  const editor = await account("editor");
  const page = await pageWithoutScripts(browser);
  await page.goto("/login?callbackUrl=%2Fadmin%2Fbills");
  await page.getByLabel("Email address").fill(editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(summaryOf(page)).toContainText("The email address or password is not right.");
  await expect(page.getByLabel("Email address")).toHaveValue(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/bills$/);
  await page.context().close();
});

test("the bill form without JavaScript shows field errors, keeps input, previews and saves", async ({ browser, account, db }) => {
  const page = await pageWithoutScripts(browser, await account("editor"));
  await page.goto("/admin/bills/new");
  await page.getByLabel("Title", { exact: true }).fill("A title worth keeping");
  await page.getByLabel("Session").fill("119th Congress");
  await page.getByLabel("Official links").fill("Congress.gov | https://www.congress.gov/\nno address here");
  await page.getByLabel("Summary").fill("Some **bold** words.");
  await page.getByRole("button", { name: "Save as draft" }).click();

  await expect(summaryOf(page)).toContainText("Enter the short title people know the bill by.");
  await expect(summaryOf(page)).toContainText("Line 2:");
  await expect(page.getByLabel("Short title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Short title")).toHaveAttribute("aria-describedby", /field-shortTitle-error/);
  await expect(page.locator("#field-shortTitle-error")).toContainText("Enter the short title people know the bill by.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("A title worth keeping");
  await expect(page.getByLabel("Official links")).toHaveValue("Congress.gov | https://www.congress.gov/\nno address here");

  await page.getByRole("button", { name: "Preview summary" }).click();
  await expect(page.getByRole("region", { name: "Preview (not saved)" }).locator("strong")).toHaveText("bold");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("A title worth keeping");

  const shortTitle = `No Script Act ${Date.now().toString(36)}`;
  await page.getByLabel("Short title").fill(shortTitle);
  await page.getByLabel("Official links").fill("Congress.gov | https://www.congress.gov/");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  expect(await db.bill.findFirst({ where: { shortTitle } })).toMatchObject({ title: "A title worth keeping", state: "draft" });
  await page.context().close();
});

test("the status event form without JavaScript refuses a future date next to the field", async ({ browser, account, makeBill }) => {
  const bill = await makeBill();
  const page = await pageWithoutScripts(browser, await account("editor"));
  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByLabel("Step", { exact: true }).selectOption({ label: "Referred to a Senate committee" });
  await page.getByLabel("Date it happened").fill("2099-12-31");
  await page.getByLabel("What happened").fill("Referred to the Committee on the Judiciary.");
  await page.getByLabel("Source", { exact: true }).fill("https://www.congress.gov/");
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.locator("#field-occurredOn-error")).toContainText("The date cannot be in the future.");
  await expect(page.getByLabel("What happened")).toHaveValue("Referred to the Committee on the Judiciary.");
  await expect(page.getByLabel("Step", { exact: true })).toHaveValue("senate:referred");
  await page.context().close();
});

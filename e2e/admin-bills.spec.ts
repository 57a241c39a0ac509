import type { Browser } from "@playwright/test";

import { errorSummary, expect, signInThroughApi, test, type Account } from "./auth-fixtures";

const SOURCE = "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions";

/** Open the audit trail of one bill as an admin, in a separate browser. */
async function auditActions(browser: Browser, admin: Account, billId: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughApi(page, admin);
  await page.goto(`/admin/audit?bill=${billId}`);
  // Each entry reads in words; the action it stands for is kept on the item for tools and tests.
  const actions = await page
    .getByRole("list", { name: "Audit entries" })
    .getByRole("listitem")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-action") ?? ""));
  await context.close();
  return actions;
}

test("creates a draft, publishes it and sees it on the status board", async ({ page, login, account, browser, removeAfterTest }) => {
  await login({ role: "editor" });
  const title = `Online Harms Test Act ${Date.now().toString(36)}`;
  await page.goto("/admin/bills/new");
  await page.getByLabel("Short title").fill(title);
  await page.getByLabel("Title", { exact: true }).fill(`A bill to test ${title}`);
  await page.getByLabel("Session").fill("119th Congress");
  await page.getByLabel("Bill numbers").fill("S.9999");
  await page.getByLabel("Summary").fill("Requires **platforms** to remove reported images within 48 hours.");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  const billId = /\/admin\/bills\/([^/?]+)/.exec(page.url())?.[1] ?? "";
  removeAfterTest(billId);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Where each bill stands" })).toBeVisible();
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);

  // The draft's preview: the public page as it will be, for signed-in editors only.
  await page.goto(`/admin/bills/${billId}`);
  await page.getByRole("link", { name: "Preview as the public will see it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("This is how the public page will look.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Summary" }).locator("strong")).toHaveText("platforms");
  const anonymous = await browser.newContext();
  const stranger = await anonymous.newPage();
  await stranger.goto(`/preview/bills/${billId}`);
  await expect(stranger).toHaveURL(/\/login/);
  await expect(stranger.getByRole("heading", { level: 1, name: title })).toHaveCount(0);
  await anonymous.close();

  await page.goto(`/admin/bills/${billId}`);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("article", { name: title })).toContainText("S.9999");

  const admin = await account("admin");
  expect(await auditActions(browser, admin, billId)).toEqual(["bill.published", "bill.created"]);
});

test("records a status event, corrects it and retracts the correction, with the board following each step", async ({
  page,
  login,
  makeBill,
  account,
  browser,
}) => {
  // One editor's whole journey through three changes, checked on four pages after each.
  test.slow();
  await login({ role: "editor" });
  const bill = await makeBill({ state: "published" });
  const board = () => page.goto("/").then(() => page.getByRole("article", { name: bill.shortTitle }));

  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByLabel("Step", { exact: true }).selectOption({ label: "Reported by a Senate committee" });
  await page.getByLabel("Date it happened").fill("2025-03-05");
  await page.getByLabel("Chamber (optional)").selectOption({ label: "Senate" });
  await page.getByLabel("What happened").fill("Committee on Commerce. Reported by Senator Cruz with an amendment.");
  await page.getByLabel("Source", { exact: true }).fill(SOURCE);
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status event recorded." })).toBeVisible();
  await expect(page.getByRole("banner").locator("..").getByText("Stage: Reported by a Senate committee")).toBeVisible();

  let article = await board();
  await expect(article).toContainText("Reported by committee");
  await expect(article).toContainText("5 March 2025");
  await expect(article).toContainText("Reported by Senator Cruz with an amendment.");
  await page.goto(`/bills/${bill.slug}`);
  await expect(page.getByRole("region", { name: "Status history" })).toContainText("Reported by Senator Cruz with an amendment.");

  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByRole("link", { name: "Correct the entry of 5 March 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Correct an entry" })).toBeVisible();
  await page.getByLabel("Date it happened").fill("2025-03-06");
  await page.getByLabel("What was wrong").fill("The committee reported on 6 March, not 5 March.");
  await page.getByRole("button", { name: "Record correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Correction recorded." })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").filter({ hasText: "5 March 2025" })).toContainText("Corrected");
  const entryOf = (day: string) => history.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^${day}:`) }) });
  await expect(entryOf("6 March 2025")).toContainText("The committee reported on 6 March, not 5 March.");

  article = await board();
  await expect(article).toContainText("6 March 2025");
  await expect(article).not.toContainText("5 March 2025");
  // Publicly, the corrected entry stays visible, marked, beside its correction.
  await page.goto(`/bills/${bill.slug}`);
  const publicHistory = page.getByRole("region", { name: "Status history" });
  await expect(publicHistory).toContainText("5 March 2025");
  await expect(publicHistory).toContainText("6 March 2025");
  await expect(publicHistory).toContainText(/corrected/i);

  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByRole("link", { name: "Retract the entry of 6 March 2025" }).click();
  await page.getByRole("button", { name: "Retract entry" }).click();
  await expect(errorSummary(page)).toContainText("Give the reason for retracting");
  await page.getByLabel("Why is this entry being retracted?").fill("It was the House committee, not the Senate's.");
  await page.getByRole("button", { name: "Retract entry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Entry retracted." })).toBeVisible();
  await expect(entryOf("6 March 2025")).toContainText("It was the House committee, not the Senate's.");

  article = await board();
  await expect(article).toContainText("Introduced");
  await expect(article).toContainText("16 January 2025");

  // The revisions page tells the history's changes in order, beside the saved versions.
  await page.goto(`/admin/bills/${bill.id}/revisions`);
  const log = page.locator("section", { has: page.getByRole("heading", { name: "Every change, newest first" }) }).getByRole("listitem");
  await expect(log.locator("strong").first()).toHaveText("History entry retracted:");
  await expect(log.nth(1).locator("strong")).toHaveText("Correction recorded:");
  await expect(log.nth(2).locator("strong")).toHaveText("History entry recorded:");
  await expect(log.filter({ hasText: "Version 1" })).toHaveCount(1);
  await expect(log.nth(0)).toContainText("6 March 2025: Reported by a Senate committee");
  await expect(log.nth(0)).toContainText("Reason: It was the House committee, not the Senate's.");
  await expect(log.nth(2)).toContainText("5 March 2025: Reported by a Senate committee");
  await log.nth(1).getByRole("link", { name: "6 March 2025: Reported by a Senate committee" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/bills/${bill.id}/history#event-`));

  const admin = await account("admin");
  expect(await auditActions(browser, admin, bill.id)).toEqual(["statusEvent.retracted", "statusEvent.corrected", "statusEvent.recorded"]);
});

test("asks for confirmation before recording a step dated after a later step of its path", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const bill = await makeBill({
    events: [{ occurredOn: "2025-02-13", stage: "passed", chamber: "senate", description: "Passed Senate by Unanimous Consent.", sourceUrl: SOURCE }],
  });
  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByLabel("Step", { exact: true }).selectOption({ label: "Reported by a Senate committee" });
  await page.getByLabel("Date it happened").fill("2025-04-08");
  await page.getByLabel("What happened").fill("Reported by the Committee on Commerce.");
  await page.getByLabel("Source", { exact: true }).fill(SOURCE);
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(errorSummary(page)).toContainText('This is dated after "Passed the Senate" (13 February 2025)');
  await expect(page.getByLabel("What happened")).toHaveValue("Reported by the Committee on Commerce.");
  await page.getByLabel("Yes, record it as it is").check();
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status event recorded." })).toBeVisible();
  await expect(page.getByText("Stage: Passed the Senate")).toBeVisible();
});

test("records a House committee's step after the Senate passed the bill, and a failed attempt, with no confirmation", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const bill = await makeBill({
    state: "published",
    numbers: ["S.1", "H.R.2"],
    events: [{ occurredOn: "2025-02-13", stage: "passed", chamber: "senate", description: "Passed Senate by Unanimous Consent.", sourceUrl: SOURCE }],
  });
  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByLabel("Step", { exact: true }).selectOption({ label: "Reported by a House committee" });
  await page.getByLabel("Bill number (optional)").selectOption("H.R.2");
  await page.getByLabel("Date it happened").fill("2025-04-08");
  await page.getByLabel("What happened").fill("Ordered to be reported by the Committee on Energy and Commerce.");
  await page.getByLabel("Source", { exact: true }).fill(SOURCE);
  await page.getByRole("button", { name: "Record event" }).click();
  // The confirmation is where the eye and the screen reader are, with a link down to the entry.
  const banner = page.getByRole("status").filter({ hasText: "Status event recorded." });
  await expect(banner).toBeFocused();
  await expect(banner).toBeInViewport();
  await banner.getByRole("link", { name: "See the entry of 8 April 2025" }).click();
  await expect(page).toHaveURL(/#event-/);
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem").filter({ hasText: "8 April 2025" }).first()).toBeInViewport();

  await page.getByLabel("Step", { exact: true }).selectOption({ label: "Passed the House" });
  await page.getByLabel("It was attempted and failed").check();
  await page.getByLabel("Date it happened").fill("2025-05-01");
  await page.getByLabel("What happened").fill("Motion to suspend the rules and pass the bill failed.");
  await page.getByLabel("Vote (optional)").fill("250–170");
  await page.getByLabel("Source", { exact: true }).fill(SOURCE);
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status event recorded." })).toBeVisible();
  await expect(page.getByText("Stage: Passed the Senate")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByText("Attempt failed: nothing moved")).toBeVisible();

  await page.goto(`/bills/${bill.slug}`);
  await expect(page.getByRole("main").getByText("Passed the Senate; reported by committee in the House (H.R.2)", { exact: true })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Attempt that failed: Attempt to pass it in the House failed, 1 May 2025");
});

test("refuses a status event dated in the future or with a non-web source, keeping what was typed", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const bill = await makeBill();
  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByLabel("Step", { exact: true }).selectOption({ label: "Referred to a Senate committee" });
  await page.getByLabel("Date it happened").fill("2099-01-01");
  await page.getByLabel("What happened").fill("Referred to committee.");
  await page.getByLabel("Source", { exact: true }).fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(errorSummary(page)).toContainText("The date cannot be in the future.");
  await expect(errorSummary(page)).toContainText("Enter a full web address starting with https://");
  await expect(page.getByLabel("Date it happened")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("What happened")).toHaveValue("Referred to committee.");
});

test("says one thing per field, next to it: an empty step and date each get one message", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const bill = await makeBill();
  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByLabel("What happened").fill("Referred to committee.");
  await page.getByLabel("Source", { exact: true }).fill(SOURCE);
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(errorSummary(page).getByRole("listitem")).toHaveText([/Choose the step\.$/, /Enter the date it happened\.$/]);
  await expect(page.getByLabel("Step", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-step-error")).toHaveText("Error: Choose the step.");
  await expect(page.locator("#field-occurredOn-error")).toHaveText("Error: Enter the date it happened.");
  await errorSummary(page).getByRole("link", { name: /Choose the step/ }).click();
  await expect(page.getByLabel("Step", { exact: true })).toBeFocused();
});

test("saves when Enter is pressed in a text field, not the Preview or Publish now button that comes first", async ({ page, login, removeAfterTest }) => {
  await login({ role: "admin" });
  const title = `Enter Key Test Act ${Date.now().toString(36)}`;
  await page.goto("/admin/bills/new");
  await page.getByLabel("Title", { exact: true }).fill(`A bill to test ${title}`);
  await page.getByLabel("Session").fill("119th Congress");
  await page.getByLabel("Bill numbers").fill("S.9998");
  await page.getByLabel("Summary").fill("Tests the Enter key.");
  await page.getByLabel("Short title").fill(title);
  await page.getByLabel("Short title").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  removeAfterTest(/\/admin\/bills\/([^/?]+)/.exec(page.url())?.[1] ?? "");

  await page.getByText("Publish later, at a set time").click();
  await page.getByLabel("Publish at (UTC)").fill("2099-01-01T09:00");
  await page.getByLabel("Publish at (UTC)").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Scheduled. The bill will appear on the public site at the time you chose." })).toBeVisible();
});

test("shows a correction of the source alone as that, without striking through wording that still stands", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const secondary = "https://en.wikipedia.org/wiki/TAKE_IT_DOWN_Act";
  const bill = await makeBill({
    events: [{ occurredOn: "2025-02-13", stage: "passed", chamber: "senate", description: "Passed Senate without amendment by Unanimous Consent.", sourceUrl: secondary, sourceKind: "secondary" }],
  });
  await page.goto(`/admin/bills/${bill.id}/history`);
  await page.getByRole("link", { name: "Correct the entry of 13 February 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Correct an entry" })).toBeVisible();
  await page.getByLabel("Source", { exact: true }).fill(SOURCE);
  await page.getByLabel(/^The official record/).check();
  await page.getByLabel("What was wrong").fill("The official record replaces the encyclopedia.");
  await page.getByRole("button", { name: "Record correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Correction recorded." })).toBeVisible();

  const corrected = page.getByRole("region", { name: "History" }).getByRole("listitem").filter({ hasText: "The correction changed:" });
  await expect(corrected.locator("dt")).toHaveText(["Source:", "Kind of source:", "Note:"]);
  await expect(corrected.locator("del")).toHaveText([secondary, "secondary source", "none"]);
  const wording = corrected.getByText("Passed Senate without amendment by Unanimous Consent.", { exact: true });
  await expect(wording).toBeVisible();
  await expect(wording).not.toHaveCSS("text-decoration-line", "line-through");
});

test("asks before recording an entry that looks like one already there, and names the two apart", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const bill = await makeBill({
    events: [{ occurredOn: "2026-01-06", stage: "referred", chamber: "senate", description: "Referred to the Committee on the Judiciary.", sourceUrl: SOURCE }],
  });
  await page.goto(`/admin/bills/${bill.id}/history`);
  const record = async () => {
    await page.getByLabel("Step", { exact: true }).selectOption({ label: "Referred to a Senate committee" });
    await page.getByLabel("Date it happened").fill("2026-01-06");
    await page.getByLabel("What happened").fill("Referred to the Committee on the Judiciary.");
    await page.getByLabel("Source", { exact: true }).fill(SOURCE);
    await page.getByRole("button", { name: "Record event" }).click();
  };
  await record();
  await expect(errorSummary(page)).toContainText("This looks like the event of 6 January 2026 already in the history");
  await expect(page.getByLabel("What happened")).toHaveValue("Referred to the Committee on the Judiciary.");
  await page.getByLabel("Yes, record it anyway: it is a second event").check();
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status event recorded." })).toBeVisible();

  const retract = page.getByRole("link", { name: /^Retract the entry of 6 January 2026, Referred to a Senate committee, recorded / });
  await expect(retract).toHaveCount(2);
  const names = await retract.evaluateAll((links) => links.map((link) => link.textContent ?? ""));
  expect(new Set(names).size).toBe(2);
});

test("previews the Markdown summary without saving anything", async ({ page, login }) => {
  await login({ role: "editor" });
  await page.goto("/admin/bills/new");
  await page.getByLabel("Short title").fill("Preview Only Act");
  await page.getByLabel("Summary").fill("Makes **platforms** act.\n\n- first duty\n- second duty\n\n[Congress](javascript:alert(1))");
  await page.getByRole("button", { name: "Preview summary" }).click();
  const preview = page.getByRole("region", { name: "Preview (not saved)" });
  await expect(preview.locator("strong")).toHaveText("platforms");
  await expect(preview.getByRole("listitem")).toHaveCount(2);
  await expect(preview.getByRole("link")).toHaveCount(0);
  await expect(page.getByLabel("Short title")).toHaveValue("Preview Only Act");
  await expect(page).toHaveURL(/\/admin\/bills\/new$/);
});

test("compares revisions field by field and restores an earlier one as a new version", async ({ page, login, makeBill, account, browser }) => {
  await login({ role: "editor" });
  const bill = await makeBill({ summary: "The original summary." });
  await page.goto(`/admin/bills/${bill.id}`);
  await page.getByLabel("Summary").fill("A rewritten summary that turned out wrong.");
  await page.getByLabel("Topics").fill("Deepfakes");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();

  await page.getByRole("link", { name: "Revisions" }).click();
  const diff = page.getByRole("region", { name: "Changes from version 1 to version 2" });
  await expect(diff.getByRole("row", { name: /Summary/ })).toContainText("The original summary.");
  await expect(diff.getByRole("row", { name: /Summary/ })).toContainText("A rewritten summary that turned out wrong.");
  await expect(diff.getByRole("row", { name: /Topics/ })).toContainText("Deepfakes");

  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 restored as version 3." })).toBeVisible();
  await page.getByRole("link", { name: "Details and publication" }).click();
  await expect(page.getByLabel("Summary")).toHaveValue("The original summary.");
  await expect(page.getByLabel("Topics")).toHaveValue("");

  const admin = await account("admin");
  expect(await auditActions(browser, admin, bill.id)).toEqual(["bill.restored", "bill.updated"]);
});

test("lists, searches and filters bills by publication", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const number = `H.R.${Date.now() % 100_000}`;
  const draft = await makeBill({ state: "draft", numbers: [number] });
  const published = await makeBill({ state: "published" });
  await page.goto("/admin/bills");
  await page.getByLabel("Title, address or bill number").fill(number);
  await page.getByRole("button", { name: "Show bills" }).click();
  const table = page.getByRole("region", { name: "Bills" });
  await expect(table.getByRole("link", { name: draft.shortTitle })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "1 bill match" })).toBeVisible();

  await page.goto("/admin/bills?state=published&sort=title");
  await expect(table.getByRole("link", { name: published.shortTitle })).toBeVisible();
  await expect(table.getByRole("link", { name: draft.shortTitle })).toHaveCount(0);
  await expect(page.getByLabel("Publication")).toHaveValue("published");
});

test("finds a bill by another name an editor gives it, and shows that name on its page", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const bill = await makeBill({ state: "published", shortTitle: `Kids Safety Test Act ${Date.now().toString(36)}` });
  const acronym = `KSTA${Date.now().toString(36).toUpperCase()}`;
  await page.goto(`/admin/bills/${bill.id}`);
  await page.getByLabel("Other names (optional)").fill(`${acronym}\nkids safety nickname`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();

  await page.goto(`/?q=${acronym.toLowerCase()}`);
  await expect(page.getByRole("article")).toHaveCount(1);
  const article = page.getByRole("article", { name: bill.shortTitle });
  await expect(article).toBeVisible();
  await article.getByRole("link", { name: bill.shortTitle }).click();
  const known = page.getByRole("main").locator("dt", { hasText: "Also known as" }).locator("xpath=following-sibling::dd");
  await expect(known).toHaveText(`${acronym}, kids safety nickname`);
});

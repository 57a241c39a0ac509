import { expect, signInThroughApi, test } from "./auth-fixtures";

const SOURCE = "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions";

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

for (const width of [375, 1280]) {
  test(`the dashboard says what needs attention, each item leading to where it is fixed (${width} px)`, async ({ page, login, makeBill }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await login({ role: "editor" });
    const mark = Date.now().toString(36);
    await makeBill({
      shortTitle: `Attention Act ${mark}`,
      verifiedOn: "2025-01-20",
      keyDates: [{ date: inDays(0), title: `Markup ${mark}`, sourceUrl: SOURCE }],
      events: [{ occurredOn: "2025-01-10", stage: "introduced", chamber: "senate", description: "Introduced", sourceUrl: "https://news.example.org/story", sourceKind: "secondary" }],
    });

    await page.goto("/admin");
    const attention = page.getByRole("region", { name: "Needs attention" });
    await expect(attention.getByRole("heading", { level: 3, name: "Key dates in the next 30 days" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`dashboard-${width}.png`), fullPage: true });

    const keyDates = attention.getByRole("region", { name: "Key dates in the next 30 days" });
    await keyDates.getByRole("link", { name: new RegExp(`Markup ${mark} \\(Attention Act ${mark}\\)$`) }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit a key date" })).toBeVisible();

    // Each group leads somewhere useful: a quiet bill's history, where its next step is recorded.
    await page.goto("/admin");
    const quiet = attention.getByRole("region", { name: "No recorded action for 6 months or more" });
    await expect(quiet.getByRole("link").first()).toBeVisible();
    await quiet.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/admin\/bills\/[^/]+\/history$/);
    await expect(page.getByRole("heading", { level: 2, name: "Record a status event" })).toBeVisible();

    // An unchecked bill's link lands on the field to update.
    await page.goto("/admin");
    await attention.getByRole("region", { name: "Facts not checked for more than 30 days" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/admin\/bills\/[^/]+#field-verifiedOn$/);
    await expect(page.getByLabel("Facts last checked on")).toBeInViewport();
  });
}

test("an administrator also sees the invitations waiting; an editor does not", async ({ page, login, account, browser }) => {
  await login({ role: "admin" });
  const email = `waiting-${Date.now().toString(36)}@example.org`;
  await page.goto("/admin/users");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Editor").check();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation created for ${email}` })).toBeVisible();

  await page.goto("/admin");
  const waiting = page.getByRole("region", { name: "Waiting for someone" });
  await waiting.getByRole("link", { name: /invitations? not yet accepted$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "Invitations not yet accepted" }) })).toContainText(email);

  const editor = await (await browser.newContext()).newPage();
  await signInThroughApi(editor, await account("editor"));
  await editor.goto("/admin");
  await expect(editor.getByRole("region", { name: "Needs attention" })).toBeVisible();
  await expect(editor.getByRole("link", { name: /not yet accepted$/ })).toHaveCount(0);
  await editor.context().close();
});

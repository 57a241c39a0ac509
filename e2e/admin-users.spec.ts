import { errorSummary, expect, signInThroughApi, test } from "./auth-fixtures";

test("an editor is refused at /admin/users, and is not offered the link", async ({ page, login }) => {
  await login({ role: "editor" });
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have permission to see this page" })).toBeVisible();
});

test("an editor reads the log of the content in words and in their own time zone, but not the accounts'", async ({ account, makeBill, browser }) => {
  const editor = await account("editor");
  const bill = await makeBill();
  const context = await browser.newContext({ timezoneId: "America/New_York" });
  const page = await context.newPage();
  await signInThroughApi(page, editor);
  await page.goto(`/admin/bills/${bill.id}`);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();

  await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const entries = page.getByRole("list", { name: "Audit entries" }).getByRole("listitem");
  const published = entries.filter({ hasText: `${editor.email} published ${bill.shortTitle}.` });
  await expect(published).toHaveCount(1);
  // New York is five hours behind UTC in winter and four in summer: the browser says which.
  await expect(published.locator("time")).toHaveText(/ GMT-[45]$/);
  await expect(published).toContainText("Bill published");
  // Sign-ins, invitations and webhooks are administrators' to read.
  await expect(page.locator('[data-action^="user."]')).toHaveCount(0);
  await expect(page.getByLabel("What kind of thing").locator("option", { hasText: "User" })).toHaveCount(0);
  await published.getByRole("link", { name: bill.shortTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: bill.shortTitle })).toBeVisible();
  await context.close();
});

test("an admin invites an editor, who sets a password from the link and signs in", async ({ page, login, browser }) => {
  await login({ role: "admin" });
  const email = `invitee-${Date.now().toString(36)}@example.org`;
  await page.goto("/admin/users");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Editor").check();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation created for ${email}` })).toBeVisible();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1, name: "Accept your invitation" })).toBeVisible();
  await invitee.getByLabel("Choose a password").fill(email);
  await invitee.getByLabel("Type the new password again").fill(email);
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(errorSummary(invitee)).toContainText("Do not use your email address as your password.");
  await invitee.getByLabel("Choose a password").fill("cobalt meadow ferry ninety");
  await invitee.getByLabel("Type the new password again").fill("cobalt meadow ferry ninety");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee.getByRole("status").filter({ hasText: "Your account is ready." })).toBeVisible();
  await expect(invitee.getByLabel("Email address")).toHaveValue(email);
  await invitee.getByLabel("Password").fill("cobalt meadow ferry ninety");
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await expect(invitee.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invite link cannot be used" })).toBeVisible();
  await invitee.context().close();
});

test("a deactivated editor's open session is refused on its next click", async ({ page, login, account, browser }) => {
  await login({ role: "admin" });
  const editor = await account("editor");
  const editorPage = await (await browser.newContext()).newPage();
  await signInThroughApi(editorPage, editor);
  await editorPage.goto("/admin/bills");
  await expect(editorPage.getByRole("heading", { level: 1, name: "Bills" })).toBeVisible();

  await page.goto(`/admin/users/${editor.id}`);
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account deactivated." })).toBeVisible();

  await editorPage.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(editorPage).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
  await editorPage.getByLabel("Email address").fill(editor.email);
  await editorPage.getByLabel("Password").fill(editor.password);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(editorPage)).toContainText("This account has been deactivated.");

  await page.goto(`/admin/audit?entityId=${editor.id}`);
  await expect(page.getByRole("list", { name: "Audit entries" })).toContainText(`deactivated ${editor.email}.`);
  await editorPage.context().close();
});

test("resetting a password ends the session and the link sets a new one", async ({ page, login, account, browser }) => {
  await login({ role: "admin" });
  const editor = await account("editor");
  const editorPage = await (await browser.newContext()).newPage();
  await signInThroughApi(editorPage, editor);

  await page.goto(`/admin/users/${editor.id}`);
  await page.getByRole("button", { name: "Reset password" }).click();
  const link = await page.getByLabel("Password reset link").inputValue();

  await editorPage.goto("/admin");
  await expect(editorPage).toHaveURL(/\/login/);
  await editorPage.goto(new URL(link).pathname);
  await editorPage.getByLabel("New password", { exact: true }).fill("saffron tunnel glacier twelve");
  await editorPage.getByLabel("Type the new password again").fill("saffron tunnel glacier twelve");
  await editorPage.getByRole("button", { name: "Set new password" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Your new password is set." })).toBeVisible();
  await editorPage.getByLabel("Password").fill("saffron tunnel glacier twelve");
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(editorPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await editorPage.context().close();
});

test("changing a role takes effect at once", async ({ page, login, account, browser }) => {
  await login({ role: "admin" });
  const editor = await account("editor");
  const editorPage = await (await browser.newContext()).newPage();
  await signInThroughApi(editorPage, editor);
  await page.goto(`/admin/users/${editor.id}`);
  await page.getByLabel("Administrator").check();
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();
  await editorPage.goto("/admin");
  await expect(editorPage).toHaveURL(/\/login/);
  await signInThroughApi(editorPage, editor);
  expect((await editorPage.goto("/admin/users"))?.status()).toBe(200);
  await editorPage.context().close();
});

test("the audit log filters by actor, action and date, and links to what changed", async ({ page, login, makeBill, browser, account }) => {
  const admin = await login({ role: "admin" });
  const editor = await account("editor");
  const bill = await makeBill();
  const editorPage = await (await browser.newContext()).newPage();
  await signInThroughApi(editorPage, editor);
  await editorPage.goto(`/admin/bills/${bill.id}`);
  await editorPage.getByRole("button", { name: "Publish now" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  await editorPage.context().close();

  await page.goto("/admin/audit");
  await page.getByLabel("Who").selectOption(editor.email);
  await page.getByLabel("Action").selectOption("bill.published");
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("From (UTC)").fill(today);
  await page.getByLabel("To (UTC)").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  const entries = page.getByRole("list", { name: "Audit entries" }).getByRole("listitem");
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText(`${editor.email} published ${bill.shortTitle}.`, { useInnerText: true });
  await entries.getByRole("link", { name: bill.shortTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: bill.shortTitle })).toBeVisible();

  await page.goto(`/admin/audit?actor=${encodeURIComponent(admin.email)}&action=bill.published`);
  await expect(page.getByText("No entries match.")).toBeVisible();
});

test("an admin revokes an invitation not yet accepted, and its link stops working", async ({ page, login, browser, expectNoAxeViolations }) => {
  await login({ role: "admin" });
  const email = `revoked-${Date.now().toString(36)}@example.org`;
  await page.goto("/admin/users");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Editor").check();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();

  await page.reload();
  const pending = page.locator("section", { has: page.getByRole("heading", { name: "Invitations not yet accepted" }) });
  await pending.getByRole("button", { name: `Revoke the invitation to ${email}` }).click();
  const banner = page.getByRole("status").filter({ hasText: "The invitation is revoked: its link no longer works." });
  await expect(banner).toBeFocused();
  await expectNoAxeViolations(page);
  await expect(page.getByRole("main")).not.toContainText(email);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invite link cannot be used" })).toBeVisible();
});

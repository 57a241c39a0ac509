import { expect, test } from "./auth-fixtures";

// The admin side of alerts: registering a webhook and reading the delivery log. The receiver
// address is on loopback, so no delivery ever leaves this machine.

test("an admin registers a webhook, sees its secret once, and removes it", async ({ page, login, expectNoAxeViolations }) => {
  await login({ role: "admin" });
  await page.goto("/admin/webhooks");
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await expectNoAxeViolations(page);

  const url = `http://127.0.0.1:9/policy-tracker-${Date.now().toString(36)}`;
  await page.getByLabel("Address that receives the events").fill(url);
  await page.getByLabel("Description (optional)").fill("An advocacy group's newsroom");
  await page.getByRole("button", { name: "Add webhook" }).click();
  const created = page.getByRole("status").filter({ hasText: `Webhook added for ${url}.` });
  await expect(created).toBeVisible();
  await expect(created).toContainText("Copy it now: it is not shown again.");

  await page.reload();
  await expect(page.getByRole("main")).toContainText(url);
  await expect(page.getByRole("main")).not.toContainText("Copy it now");
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: url }) });
  await expect(entry).toContainText("On: receives every status change");
  await entry.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { level: 3, name: url })).toHaveCount(0);

  await page.goto("/admin/deliveries");
  await expect(page.getByRole("heading", { level: 1, name: "Delivery log" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an editor is refused the webhooks and the delivery log", async ({ page, login }) => {
  await login({ role: "editor" });
  expect((await page.goto("/admin/webhooks"))?.status()).toBe(403);
  expect((await page.goto("/admin/deliveries"))?.status()).toBe(403);
  await page.goto("/admin");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Webhooks" })).toHaveCount(0);
});

test("with no mail server, the delivery log says an email was logged, not sent", async ({ page, browser, login }) => {
  const domain = `logged-${Date.now().toString(36)}.example.org`;
  const reader = await browser.newContext();
  const subscribe = await reader.newPage();
  await subscribe.goto("/subscribe");
  await subscribe.getByLabel("Email address").fill(`reader@${domain}`);
  await subscribe.getByRole("button", { name: "Send me a confirmation email" }).click();
  await expect(subscribe.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await reader.close();

  await login({ role: "admin" });
  const entry = page.getByRole("listitem").filter({ hasText: `To r…@${domain}` });
  await expect(async () => {
    await page.goto("/admin/deliveries?channel=email");
    await expect(entry).toContainText("Logged, not sent (no SMTP_URL)", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(entry).not.toContainText("Sent ");
});

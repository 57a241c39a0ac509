import pg from "pg";

import { expect, test } from "./fixtures";
import { e2eDatabaseUrl } from "./state";

// Signing up for alerts against the production build. With no SMTP_URL (as here) the worker
// that instrumentation.ts starts "sends" by keeping the message for administrators; the test
// reads it from the outbox, as an administrator would, to follow the links.

async function messageFor(email: string, topic: string): Promise<string> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    let text: string | undefined;
    await expect
      .poll(
        async () => {
          const { rows } = await client.query<{ payload: { message?: { text: string } } }>(
            `SELECT o."payload" FROM "Outbox" o JOIN "Subscription" s ON s."id" = o."recipient"
             WHERE s."email" = $1 AND o."topic" = $2 AND o."status" = 'sent' ORDER BY o."id" DESC LIMIT 1`,
            [email, topic],
          );
          text = rows[0]?.payload.message?.text;
          return text !== undefined;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    return text!;
  } finally {
    await client.end();
  }
}

function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9_-]+`));
  expect(match, text).not.toBeNull();
  return new URL(match![0]).pathname + new URL(match![0]).search;
}

test("explains mistakes next to each field, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/subscribe?bill=enforce-act");
  await expect(page.getByLabel("Which bills")).toHaveValue("enforce-act");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Send me a confirmation email" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter an email address like name@example.org." })).toHaveAttribute("href", "#email");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-address");
  await expect(page.getByLabel("Which bills")).toHaveValue("enforce-act");
  await context.close();
});

test("with JavaScript, moves focus to the error summary, which passes axe", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/subscribe");
  await page.getByRole("button", { name: "Send me a confirmation email" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter your email address." })).toBeVisible();
  await summary.getByRole("link", { name: "Enter your email address." }).click();
  await expect(page.getByLabel("Email address")).toBeFocused();
  await expectNoAxeViolations(page);
});

test("subscribe, confirm from the email, then unsubscribe with one button", async ({ page, expectNoAxeViolations }, testInfo) => {
  const email = `e2e.${Date.now()}@example.org`;
  await page.goto("/subscribe");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Which bills").selectOption({ label: "TAKE IT DOWN Act" });
  await page.getByLabel("A daily summary").check();
  await page.getByRole("button", { name: "Send me a confirmation email" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectNoAxeViolations(page);

  const confirmation = await messageFor(email, "subscription.confirm");
  await page.goto(linkIn(confirmation, "/subscribe/confirm"));
  await expect(page.getByText("You asked for a daily summary of changes for TAKE IT DOWN Act.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("confirm-page.png"), fullPage: true });
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your alerts are on" })).toBeVisible();
  await expect(page.getByText("You will get a daily summary of changes for TAKE IT DOWN Act.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(linkIn(confirmation, "/subscribe/unsubscribe"));
  await expect(page.getByRole("heading", { level: 1, name: "Stop email alerts" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You have been unsubscribed" })).toBeVisible();
  // The same link again has nothing left to stop.
  await page.goto(linkIn(confirmation, "/subscribe/unsubscribe"));
  await expect(page.getByRole("heading", { level: 1, name: "There is nothing to stop" })).toBeVisible();
});

test.describe("the sign-up page", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ page, expectNoAxeViolations }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/subscribe");
      await expectNoAxeViolations(page);
    });
  }

  for (const width of [375, 1280]) {
    test(`renders at ${width} px without horizontal scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/subscribe");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`subscribe-${width}.png`), fullPage: true });
    });
  }
});

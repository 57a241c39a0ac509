import { expect, test } from "./auth-fixtures";

// The back office passes axe in both colour schemes and fits a phone without sideways scrolling.

test.describe("back office accessibility", () => {
  // Each test walks a dozen pages.
  test.describe.configure({ timeout: 120_000 });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ page, login, makeBill, expectNoAxeViolations }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/login");
      await expectNoAxeViolations(page);
      await login({ role: "admin" });
      const bill = await makeBill();
      for (const path of [
        "/admin",
        "/admin/bills",
        "/admin/bills/new",
        `/admin/bills/${bill.id}`,
        `/admin/bills/${bill.id}/history`,
        `/admin/bills/${bill.id}/sources`,
        `/admin/bills/${bill.id}/text`,
        `/admin/bills/${bill.id}/revisions`,
        "/admin/key-dates",
        "/admin/provisions",
        "/admin/positions",
        "/admin/organisations",
        "/admin/windows",
        "/admin/statistics",
        "/admin/inbox",
        "/admin/audit",
        "/admin/users",
        "/admin/account",
      ]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      }
      // The edit page of a record of each kind the launch content has.
      for (const [list, heading] of [
        ["/admin/key-dates", "Edit a key date"],
        ["/admin/provisions", "Edit a provision"],
        ["/admin/statistics", "Edit a figure"],
      ] as const) {
        await page.goto(list);
        await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        await expect(page.getByRole("heading", { level: 2, name: /^Delete this/ })).toBeVisible();
        await expectNoAxeViolations(page);
      }
      // A form showing errors.
      await page.goto("/admin/bills/new");
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  for (const width of [375, 1280]) {
    test(`fits ${width} px without sideways scrolling`, async ({ page, login, makeBill }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/login");
      await page.screenshot({ path: testInfo.outputPath(`admin-login-${width}.png`), fullPage: true });
      await login({ role: "admin" });
      const bill = await makeBill();
      for (const [name, path] of [
        ["dashboard", "/admin"],
        ["bills", "/admin/bills"],
        ["bill", `/admin/bills/${bill.id}`],
        ["history", `/admin/bills/${bill.id}/history`],
        ["text", `/admin/bills/${bill.id}/text`],
        ["revisions", `/admin/bills/${bill.id}/revisions`],
        ["key-dates", "/admin/key-dates"],
        ["provisions", `/admin/provisions?bill=${bill.id}`],
        ["positions", "/admin/positions"],
        ["windows", "/admin/windows"],
        ["audit", "/admin/audit"],
        ["users", "/admin/users"],
      ] as const) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: testInfo.outputPath(`admin-${name}-${width}.png`), fullPage: true });
      }
      if (width === 1280) {
        // A date or an order number gets a short box; a title a long one.
        await page.goto("/admin/windows");
        const widthOf = async (label: string) => (await page.getByLabel(label, { exact: true }).boundingBox())?.width ?? 0;
        expect(await widthOf("Opens")).toBeLessThan((await widthOf("Title")) / 2);
        await page.goto("/admin/provisions");
        expect(await widthOf("Order (optional)")).toBeLessThan((await widthOf("Citation (optional)")) / 3);
      }
    });
  }
});

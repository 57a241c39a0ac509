import { expect, test } from "./auth-fixtures";

// On a 375 px phone, the board's filters and the back office's menu filled the first screen.
// They fold behind a disclosure there, and stay in plain view on a desktop.

test("on a phone the board's filters fold behind “Filter bills”, a bill shows on the first screen, and the count of filters says what is on", async ({ page }, testInfo) => {
  // An iPhone 12 mini's screen, 375 by 812 CSS pixels.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/");
  const filters = page.getByRole("search", { name: "Bills" });
  await expect(filters.getByLabel("Search bills")).toBeVisible();
  await expect(filters.getByLabel("Legislature")).toBeHidden();
  await expect(page.getByRole("article").first().getByRole("heading", { level: 3 })).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath("board-375-folded.png") });

  await filters.getByText("Filter bills", { exact: true }).click();
  await filters.getByLabel("Legislature").selectOption({ label: "UK Parliament" });
  await filters.getByRole("button", { name: "Show bills" }).click();
  await expect(page).toHaveURL(/jurisdiction=uk/);
  await expect(filters.getByText("Filter bills (1 active)", { exact: true })).toBeVisible();
  await expect(filters.getByLabel("Legislature")).toBeHidden();
  await expect(page.getByRole("article", { name: /^Crime and Policing/ })).toHaveCount(1);
});

test("on a desktop the filters, the order and the site's menu are in plain view, with no disclosure to open", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const filters = page.getByRole("search", { name: "Bills" });
  await expect(filters.getByLabel("Legislature")).toBeVisible();
  await expect(filters.getByText("Filter bills", { exact: true })).toBeHidden();
  await expect(page.getByLabel("Sort by", { exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Menu", { exact: true })).toBeHidden();
});

test("on a phone the site's menu and the order fold too, and open with a tap", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Timeline" })).toBeHidden();
  await nav.getByText("Menu", { exact: true }).click();
  await nav.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/timeline/i);

  await page.goto("/");
  await expect(page.getByLabel("Sort by", { exact: true })).toBeHidden();
  await page.getByText("Sorted by latest activity", { exact: true }).click();
  await page.getByLabel("Sort by", { exact: true }).selectOption("title");
  await page.getByRole("button", { name: "Sort", exact: true }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.getByText("Sorted by title, A to Z", { exact: true })).toBeVisible();
});

test("a refused filter opens the disclosure, so its message is seen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto("/?phase=nonsense");
  await expect(page.getByRole("search", { name: "Bills" }).getByLabel("Phase")).toBeVisible();
});

test("on a phone the back office's menu folds behind “Menu”, naming the section you are in", async ({ page, login }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await login({ role: "editor" });
  await page.goto("/admin/bills");
  const nav = page.getByRole("navigation", { name: "Back office" });
  await expect(nav.getByRole("link", { name: "Key dates" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Bills" })).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath("admin-375-folded.png") });
  await nav.getByText(/^Menu: Bills/).click();
  await nav.getByRole("link", { name: "Key dates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Key dates" })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(nav.getByRole("link", { name: "Bills" })).toBeVisible();
  await expect(nav.getByText(/^Menu/)).toBeHidden();
});

import { expect, test } from "./auth-fixtures";

// Advocates' tools as a new editor and a reader would use them: provisions compared side by
// side (docs/decisions/0022-advocates-tools.md).

const LAUNCH = ["take-it-down-act", "stop-csam-act", "enforce-act", "uk-crime-and-policing-bill"];
const LAUNCH_COMPARE = `/compare?bills=${LAUNCH.join(",")}`;

test.describe("comparing the four launch bills", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [375, 1280]) {
      test(`reads as a table of categories by bills, with no axe violations, in ${colorScheme} mode at ${width} px`, async ({
        page,
        expectNoAxeViolations,
      }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(LAUNCH_COMPARE);
        const table = page.getByRole("table", { name: /Provisions by category/ });
        await expect(table.getByRole("columnheader")).toHaveText(["Category", "TAKE IT DOWN Act", "STOP CSAM Act of 2025", "ENFORCE Act", "Crime and Policing Bill"]);
        await expect(table.getByRole("rowheader")).toHaveCount(9);
        const removal = table.getByRole("row", { name: /Removal deadline/ });
        await expect(removal.getByRole("cell").first()).toContainText("not later than 48 hours");
        // Nothing in the brief says what the ENFORCE Act does about removal: it is not guessed.
        await expect(removal.getByRole("cell").nth(2)).toHaveText("Not recorded");
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        await page.screenshot({ path: testInfo.outputPath(`compare-launch-${colorScheme}-${width}.png`), fullPage: true });
      });
    }
  }

  test("is chosen without JavaScript, and the address it lands on is the one to share", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/compare");
    await page.getByRole("checkbox", { name: /TAKE IT DOWN Act/ }).check();
    await page.getByRole("checkbox", { name: /Crime and Policing Bill/ }).check();
    await page.getByRole("button", { name: "Compare" }).click();
    // The checkboxes are sent in the order they are listed (by title).
    await expect(page).toHaveURL(/\/compare\?bills=uk-crime-and-policing-bill,take-it-down-act$/);
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(3);
    await expect(page.getByRole("checkbox", { name: /TAKE IT DOWN Act/ })).toBeChecked();
    await context.close();
  });

  test("downloads as CSV, and prints without the chooser", async ({ page, request }) => {
    await page.goto(LAUNCH_COMPARE);
    const href = await page.getByRole("link", { name: "Download this comparison as CSV" }).getAttribute("href");
    expect(href).toBe(`/compare.csv?bills=${LAUNCH.join(",")}`);
    const csv = await request.get(href ?? "");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe("\uFEFFbill_slug,bill_short_title,category,category_label,provision_id,text,citation");
    expect(text).toContain("enforce-act,ENFORCE Act,removal_deadline,Removal deadline,,Not recorded,");

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("group", { name: "Choose bills to compare" })).toBeHidden();
    await expect(page.getByRole("table")).toBeVisible();
  });
});

test("an editor records a provision, and it shows on the bill's page and in the comparison", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const bill = await makeBill({ state: "published" });
  await page.goto(`/admin/provisions?bill=${bill.id}`);
  await page.getByRole("button", { name: "Add provision" }).click();
  await expect(page.getByRole("link", { name: "Choose what the provision does, like Criminal offence." })).toBeVisible();
  await page.getByLabel("Category").selectOption({ label: "Penalty" });
  await page.getByLabel("What it does").fill("Up to 2 years' imprisonment.");
  await page.getByLabel("Citation (optional)").fill("Section 4");
  await page.getByRole("button", { name: "Add provision" }).click();
  await expect(page.getByText("Provision added.")).toBeVisible();

  await page.getByRole("link", { name: "Up to 2 years' imprisonment." }).click();
  // The list has an add form with the same labels: wait for the edit page before typing.
  await expect(page.getByRole("heading", { name: "Edit a provision", level: 1 })).toBeVisible();
  await page.getByLabel("What it does").fill("Up to 3 years' imprisonment.");
  await page.getByRole("button", { name: "Save provision" }).click();
  await expect(page.getByText("Provision saved.")).toBeVisible();
  await page.getByRole("link", { name: "Up to 3 years' imprisonment." }).click();
  await expect(page.getByRole("heading", { name: "Saved versions" })).toBeVisible();
  await expect(page.getByText("Up to 2 years' imprisonment.")).toBeVisible();

  await page.goto(`/bills/${bill.slug}`);
  const section = page.getByRole("region", { name: "What it does, by category" });
  await expect(section).toContainText("Penalty");
  await expect(section).toContainText("Up to 3 years' imprisonment.");
  await section.getByRole("link", { name: "Compare this bill with others" }).click();
  const penalty = page.getByRole("table").getByRole("row", { name: /Penalty/ });
  await expect(penalty.getByRole("cell")).toHaveText(["Up to 3 years' imprisonment.Section 4"]);
});

test("an editor records the site's position on a bill and changes it: the history shows both, dated, and the board filters by it", async ({
  page,
  login,
  makeBill,
  db,
}) => {
  await login({ role: "editor" });
  const bill = await makeBill({ state: "published" });
  const name = `E2E Coalition ${bill.slug.slice(-8)}`;
  try {
    await page.goto("/admin/organisations");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Website (optional)").fill("https://example.org/coalition");
    await page.getByLabel("This is the organisation that runs this site").check();
    await page.getByRole("button", { name: "Add organisation" }).click();
    await expect(page.getByText("Organisation added.")).toBeVisible();

    await page.goto(`/admin/positions?bill=${bill.id}`);
    await expect(page.getByLabel("Organisation")).toHaveValue(/\S/);
    await page.getByLabel("Position", { exact: true }).selectOption({ label: "Support" });
    await page.getByLabel("Statement").fill("We back the bill as introduced.");
    await page.getByLabel("Date stated").fill("2025-03-01");
    await page.getByRole("button", { name: "Record position" }).click();
    await expect(page.getByText("Position recorded.")).toBeVisible();

    await page.getByLabel("Position", { exact: true }).selectOption({ label: "Oppose" });
    await page.getByLabel("Statement").fill("The committee's amendments removed the safeguards.");
    await page.getByLabel("Date stated").fill("2025-06-01");
    await page.getByRole("button", { name: "Record position" }).click();
    // The first save's notice is still on the page: wait for the second position in the list.
    await expect(page.getByRole("listitem").filter({ hasText: "1 June 2025" }).getByRole("link", { name: "Oppose" })).toBeVisible();
    await expect(page.getByText("Position recorded.")).toBeVisible();

    await page.goto(`/bills/${bill.slug}`);
    const positions = page.getByRole("region", { name: "Positions" });
    await expect(positions.getByRole("listitem").first()).toContainText(`${name} (runs this site)`);
    await expect(positions.getByRole("listitem").first()).toContainText("OpposeSince 1 June 2025");
    const history = positions.getByRole("list").last();
    await expect(history.getByRole("listitem")).toHaveText([
      `1 June 2025: ${name} (runs this site), OpposeThe committee's amendments removed the safeguards.`,
      `1 March 2025: ${name} (runs this site), SupportWe back the bill as introduced.`,
    ]);

    await page.goto("/");
    await page.getByLabel(`Position of ${name}`).selectOption({ label: "Oppose" });
    await page.getByRole("button", { name: "Show bills" }).click();
    await expect(page).toHaveURL(/ours=oppose/);
    // The board's cards are articles; the sidebar's key dates (a US bill's end of Congress) list it whatever the filter.
    await expect(page.getByRole("article").getByRole("link", { name: bill.shortTitle })).toBeVisible();
    await page.goto("/?ours=support");
    await expect(page.getByRole("article").getByRole("link", { name: bill.shortTitle })).toHaveCount(0);
  } finally {
    await db.organisation.deleteMany({ where: { name } });
  }
});

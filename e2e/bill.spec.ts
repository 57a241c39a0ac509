import { expect, test } from "./content";

test.describe("bill page", () => {
  test("shows the TAKE IT DOWN Act's header, summary, provisions, links and sourced history", async ({ page }) => {
    await page.goto("/bills/take-it-down-act");
    await expect(page).toHaveTitle("TAKE IT DOWN Act – Policy Tracker");
    await expect(page.getByRole("heading", { level: 1, name: "TAKE IT DOWN Act" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main).toContainText("Tools to Address Known Exploitation by Immobilizing Technological Deepfakes");
    await expect(main).toContainText("United States Congress · 119th Congress");
    await expect(main).toContainText("S.146 / H.R.633");
    await expect(main).toContainText("Sen. Ted Cruz (R-TX)");
    const facts = page.getByRole("term").filter({ hasText: "Facts last verified" }).locator("..");
    await expect(facts).toContainText("25 November 2026");
    await expect(page.getByRole("heading", { level: 2, name: "Summary" })).toBeVisible();
    await expect(main).toContainText("within 48 hours of a valid request");
    await expect(page.getByRole("heading", { level: 2, name: "Key provisions" })).toBeVisible();
    await expect(page.getByRole("link", { name: "S.146 on Congress.gov" })).toHaveAttribute(
      "href",
      "https://www.congress.gov/bill/119th-congress/senate-bill/146",
    );
    await expect(main).toContainText("Platforms' notice-and-removal duties take effect");

    const history = page.locator("section", { has: page.getByRole("heading", { name: "Status history" }) });
    const entries = history.getByRole("listitem");
    await expect(entries).toHaveCount(7);
    const reported = entries.filter({ hasText: "8 April 2025: Reported by committee" });
    await expect(reported).toContainText("House");
    await expect(reported).toContainText("Vote: 49–1");
    await expect(reported).toContainText("(secondary source)");
    await expect(reported).toContainText("Editor’s note: Secondary source.");
    await expect(reported.getByRole("link", { name: "Source: broadbandbreakfast.com" })).toBeVisible();
  });

  test("marks the current stage on the tracker for every launch bill", async ({ page }) => {
    const expected = {
      "take-it-down-act": "Became law",
      "stop-csam-act": "Reported by committee",
      "enforce-act": "Passed one chamber",
      "uk-crime-and-policing-bill": "Royal Assent",
    };
    for (const [slug, stage] of Object.entries(expected)) {
      await page.goto(`/bills/${slug}`);
      const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
      const current = progress.locator('[aria-current="step"]');
      await expect(current, slug).toHaveCount(1);
      await expect(current, slug).toContainText(stage);
      await expect(page.getByRole("main").getByText(stage, { exact: true }).first()).toBeVisible();
    }
  });

  test("shows the UK bill's stages by House, with ping-pong, and Royal Assent as done", async ({ page }) => {
    await page.goto("/bills/uk-crime-and-policing-bill");
    const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
    await expect(progress.getByRole("heading", { level: 3 })).toHaveText([/^House of Commons/, /^House of Lords/, "Final stages"]);
    const steps = progress.getByRole("listitem").filter({ hasNot: page.getByRole("list") });
    const royalAssent = steps.filter({ hasText: "Royal Assent" });
    await expect(royalAssent).toHaveAttribute("aria-current", "step");
    await expect(royalAssent).toContainText("Done · 29 April 2026");
    const pingPong = steps.filter({ hasText: "Consideration of amendments (ping-pong)" });
    await expect(pingPong).toContainText("Done · date not recorded");
    const lords = progress.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /House of Lords/ }) });
    await expect(lords.getByRole("listitem").filter({ hasText: "Second reading" })).toContainText("Done · 16 October 2025");
  });

  test("shows the ENFORCE Act's introduction as passed with no date, and the editor's note", async ({ page }) => {
    await page.goto("/bills/enforce-act");
    const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
    await expect(progress.getByRole("listitem").filter({ hasText: "Introduced" })).toContainText("Done · date not recorded");
    await expect(progress.getByRole("listitem").filter({ hasText: "Passed both chambers" })).toContainText("Not yet");
    await expect(page.getByText("Editor’s note", { exact: true })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("the bill's text and summaries do not support that description");
  });

  test("draws an ending that did not pass apart from the steps, and the steps after it as not reached", async ({ page, makeBill, expectNoAxeViolations }) => {
    const bill = await makeBill({
      slug: `e2e-died-${Date.now()}`,
      shortTitle: "Example Lapsed Bill",
      jurisdiction: "us",
      events: [
        { occurredOn: "2025-02-03", stage: "introduced", chamber: "house" },
        { occurredOn: "2025-09-10", stage: "passed_one_chamber", chamber: "house" },
        { occurredOn: "2027-01-03", stage: "died", description: "Died at the end of the 119th Congress." },
      ],
    });
    await page.goto(`/bills/${bill.slug}`);
    const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
    const ending = progress.locator('[aria-current="step"]');
    await expect(ending).toHaveText(/Ended: Died at the end of the Congress\s*Did not become law · 3 January 2027/);
    const steps = progress.getByRole("listitem");
    await expect(steps.filter({ hasText: "Passed one chamber" })).toContainText("Done · 10 September 2025");
    await expect(steps.filter({ hasText: "Passed both chambers" })).toContainText("Not reached");
    await expect(page.getByRole("main").getByText("Did not pass")).toBeVisible();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
  });

  test("shows the bill as it stood on an earlier day, from a form that works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/bills/uk-crime-and-policing-bill");
    await page.getByLabel("Day", { exact: true }).fill("2025-07-01");
    await page.getByRole("button", { name: "Show the bill on that day" }).click();
    await expect(page).toHaveURL(/asOf=2025-07-01/);
    await expect(page).toHaveTitle("Crime and Policing Bill as it stood on 1 July 2025 – Policy Tracker");
    await expect(page.getByText("As it stood on 1 July 2025")).toBeVisible();
    const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
    await expect(progress.locator('[aria-current="step"]')).toContainText("Third reading");
    const steps = progress.getByRole("listitem").filter({ hasNot: page.getByRole("list") });
    await expect(steps.filter({ hasText: "Royal Assent" })).toContainText("Not yet");
    const history = page.locator("section", { has: page.getByRole("heading", { name: "Status history" }) });
    await expect(history.getByRole("listitem")).toHaveCount(5);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/bills\/uk-crime-and-policing-bill$/);
    await page.getByRole("link", { name: "See the bill today" }).click();
    await expect(progress.locator('[aria-current="step"]')).toContainText("Royal Assent");
    await context.close();
  });

  test("explains a day it cannot read, next to the field, and shows the bill today", async ({ page }) => {
    await page.goto("/bills/enforce-act?asOf=16-12-2025");
    await expect(page.getByLabel("Day", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter the date as year-month-day, for example 2025-11-17.")).toBeVisible();
    await expect(page.locator('[aria-current="step"]')).toContainText("Passed one chamber");
  });

  test("describes itself to search engines and link previews", async ({ page, request }) => {
    await page.goto("/bills/stop-csam-act");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/bills\/stop-csam-act$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Reported by committee\. The bill lets victims sue/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Legislation",
      name: "STOP CSAM Act of 2025",
      legislationIdentifier: ["S.1829", "H.R.3921"],
      legislationJurisdiction: "United States Congress",
      legislationLegalForce: "NotInForce",
    });
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/\/bills\/stop-csam-act\/opengraph-image/);
    const response = await request.get(new URL(image ?? "").pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
  });

  test("answers 404 with a way back to the board for a bill that does not exist", async ({ page, request }) => {
    expect((await request.get("/bills/no-such-bill")).status()).toBe(404);
    const response = await page.goto("/bills/no-such-bill");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that bill" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "ENFORCE Act" })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "status board" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Where each bill stands" })).toBeVisible();
  });

  test("answers 404 for a draft, even though it exists, and draws no sharing image of it", async ({ page, request, makeBill }) => {
    const draft = await makeBill({ slug: `e2e-draft-${Date.now()}`, shortTitle: "Unpublished Draft Bill", jurisdiction: "us", state: "draft" });
    expect((await request.get(`/bills/${draft.slug}`)).status()).toBe(404);
    await page.goto("/bills/enforce-act");
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
    expect((await request.get(image.pathname.replace("enforce-act", draft.slug))).status()).toBe(404);
    await page.goto(`/bills/${draft.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that bill" })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("Unpublished Draft Bill");
  });
});

test("offers ways to follow the bill, each leading somewhere real", async ({ page, request }) => {
  await page.goto("/bills/stop-csam-act");
  const follow = page.getByRole("region", { name: "Follow this bill" });
  await expect(follow.getByRole("link", { name: "Get an email when its status changes" })).toHaveAttribute(
    "href",
    "/subscribe?bill=stop-csam-act",
  );
  await expect(follow).toContainText('src="http://');
  await expect(follow).toContainText("/embed/bills/stop-csam-act");
  const discovered = await page.locator('link[rel="alternate"]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute("type"), new URL(link.getAttribute("href") ?? "", location.href).pathname]),
  );
  expect(discovered).toEqual(
    expect.arrayContaining([
      ["application/atom+xml", "/bills/stop-csam-act/feed.xml"],
      ["text/calendar", "/bills/stop-csam-act/calendar.ics"],
      ["application/json", "/api/v1/bills/stop-csam-act"],
    ]),
  );
  for (const name of ["Atom feed of its status changes", "Calendar of its key dates (iCalendar)", "Its data as JSON"]) {
    const href = await follow.getByRole("link", { name }).getAttribute("href");
    const response = await request.get(href ?? "");
    expect(response.status(), href ?? "").toBe(200);
  }
});

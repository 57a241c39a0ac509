import { formatIsoDay } from "@/lib/legislation/dates";
import { bills as launchBills } from "@/prisma/seed/content";

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
    await expect(facts).toContainText("2 December 2026");
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
    await expect(entries).toHaveCount(12);
    const reported = entries.filter({ hasText: "8 April 2025: Reported by a House committee" });
    await expect(reported).toContainText("Chamber: House");
    await expect(reported).toContainText("Bill: H.R.633");
    await expect(reported).toContainText("Who acted: House Committee on Energy and Commerce");
    await expect(reported).toContainText("Vote: 49–1");
    await expect(reported.getByRole("link", { name: "Source: congress.gov" })).toBeVisible();
    const warning = entries.filter({ hasText: "20 May 2026: Enforcement action" });
    await expect(warning).toContainText("Concerning: About a dozen websites offering “nudify” services");
    await expect(warning).toContainText("(secondary source)");

    // Its life after enactment, from the launch content.
    const after = page.getByRole("list", { name: "After enactment" }).getByRole("listitem");
    await expect(after).toHaveText([
      /Rules or guidance issued\s*11 May 2026 · Federal Trade Commission/,
      /In force\s*19 May 2026/,
      /Enforcement begins\s*19 May 2026 · Federal Trade Commission/,
      /Enforcement action\s*20 May 2026 · Federal Trade Commission/,
    ]);
    await expect(page.getByRole("list", { name: "After enactment" }).locator('[aria-current="step"]')).toContainText("Enforcement action");
  });

  test("leads every launch bill's page with where it stands, in words", async ({ page }) => {
    const expected: Record<string, [string, string]> = {
      "take-it-down-act": ["Law; in force; being enforced by the Federal Trade Commission", "Being enforced or challenged"],
      "stop-csam-act": ["Reported by committee and on the Senate calendar; in the House Committee on the Judiciary (H.R.3921)", "In the legislature"],
      "enforce-act": ["Passed the Senate; in the House Committee on the Judiciary (H.R.4831)", "In the legislature"],
      "uk-crime-and-policing-bill": ["Law; in force in part", "In force"],
      "eu-csa-regulation": ["In trilogue: Parliament and the Council are negotiating", "In the legislature"],
      "eu-interim-regulation-2021-1232": ["Expired on 3 April 2026", "No longer in force"],
    };
    for (const [slug, [sentence, phase]] of Object.entries(expected)) {
      await page.goto(`/bills/${slug}`);
      const title = page.getByRole("heading", { level: 1 });
      // The first thing under the title (and its long title, if any) is the status in words.
      const status = page.getByRole("main").getByText(sentence).first();
      await expect(status, slug).toBeVisible();
      expect((await status.boundingBox())!.y, slug).toBeGreaterThan((await title.boundingBox())!.y); // both are visible
      await expect(page.getByText(`Phase: ${phase}`), slug).toBeVisible();
      // Each path that has started stands at one step.
      const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
      for (const list of await progress.getByRole("list").all()) expect(await list.locator('[aria-current="step"]').count(), slug).toBeLessThanOrEqual(1);
    }
  });

  test("puts where the bill stands, in words, right under its title on a phone's first screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto("/bills/take-it-down-act");
    const title = page.getByRole("heading", { level: 1 });
    const status = page.getByRole("main").getByText("Law; in force; being enforced by the Federal Trade Commission", { exact: true });
    await expect(status).toBeInViewport({ ratio: 1 });
    // Nothing between the title and the sentence: the full and long titles come after it.
    expect(await title.evaluate((heading) => heading.nextElementSibling?.querySelector("p")?.textContent)).toContain("Law; in force");
    await expect(page.getByText("Latest event: Enforcement action, 20 May 2026")).toBeInViewport();
    expect((await status.boundingBox())!.y).toBeLessThan((await page.getByText(/^Tools to Address Known Exploitation/).boundingBox())!.y);
  });

  test("shows the UK Act by House, with ping-pong, Royal Assent and its commencement in part", async ({ page }) => {
    await page.goto("/bills/uk-crime-and-policing-bill");
    const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
    await expect(progress.getByRole("heading", { level: 3 })).toHaveText([/^House of Commons\s*First House/, /^House of Lords\s*Second House/, "Final stages", "After enactment"]);
    const finalStages = progress.getByRole("list", { name: "Final stages" });
    const royalAssent = finalStages.getByRole("listitem").filter({ hasText: "Royal Assent" });
    await expect(royalAssent).toHaveAttribute("aria-current", "step");
    await expect(royalAssent).toContainText("Done · 29 April 2026");
    await expect(finalStages.getByRole("listitem").filter({ hasText: "Consideration of amendments" })).toContainText("Done · 16 April 2026");
    const lords = progress.getByRole("list", { name: /House of Lords/ });
    await expect(lords.getByRole("listitem").filter({ hasText: "Second reading" })).toContainText("Done · 16 October 2025");
    const after = progress.getByRole("list", { name: "After enactment" });
    await expect(after.getByRole("listitem")).toHaveText([/In force in part\s*29 June 2026/]);
    await expect(progress).toContainText("Usual next step: Commencement of the remaining provisions");
  });

  test("starts the ENFORCE Act at its introduction, with the Senate path done and the House at committee", async ({ page }) => {
    await page.goto("/bills/enforce-act");
    const history = page.locator("section", { has: page.getByRole("heading", { name: "Status history" }) });
    const introduction = history.getByRole("listitem").filter({ hasText: "21 October 2025: Referred to a Senate committee" });
    await expect(introduction).toContainText("Introduced (S.3021) by Sen. Cornyn");
    await expect(introduction.getByRole("link", { name: "Source: govinfo.gov" })).toHaveAttribute("href", "https://www.govinfo.gov/bulkdata/BILLS/119/1/s/BILLS-119s3021is.xml");
    const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
    const senate = progress.getByRole("list", { name: "Senate" });
    await expect(senate.locator('[aria-current="step"]')).toContainText("Passed");
    await expect(senate.locator('[aria-current="step"]')).toContainText("Done · 16 December 2025");
    const house = progress.getByRole("list", { name: "House" });
    await expect(house.locator('[aria-current="step"]')).toContainText("Referred to committee");
    await expect(page.getByText("Usual next step", { exact: true })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("House committee consideration");
    await expect(page.getByText("Editor’s note", { exact: true })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("the bill's text and summaries do not support that description");
  });

  test("shows STOP CSAM's failed unanimous-consent request without moving the bill, and the end of the Congress ahead", async ({ page }) => {
    await page.goto("/bills/stop-csam-act");
    const history = page.locator("section", { has: page.getByRole("heading", { name: "Status history" }) });
    const attempt = history.getByRole("listitem").filter({ hasText: "10 December 2025" });
    await expect(attempt.getByRole("heading")).toHaveText("10 December 2025: Attempt to pass it in the Senate failed");
    await expect(attempt).toContainText("Attempt failed: nothing moved");
    await expect(attempt).toContainText("Sen. Wyden objected");
    const senate = page.getByRole("list", { name: "Senate" });
    await expect(senate.locator('[aria-current="step"]')).toContainText("On the calendar");
    await expect(senate.getByRole("listitem").filter({ hasText: "Passed" })).toContainText("Not yet");
    await expect(page.getByRole("main")).toContainText("Attempt that failed: Attempt to pass it in the Senate failed, 10 December 2025");
    const keyDates = page.locator("section", { has: page.getByRole("heading", { name: "Key dates" }) });
    await expect(keyDates).toContainText("End of the 119th Congress");
    await expect(keyDates).toContainText("Bills not enacted by 3 January 2027 must be reintroduced in the next Congress.");
  });

  test("shows every dated event of the launch content on its bill's page", async ({ page }) => {
    for (const bill of launchBills) {
      await page.goto(`/bills/${bill.slug}`);
      const history = page.locator("section", { has: page.getByRole("heading", { name: "Status history" }) });
      await expect(history.getByRole("listitem"), bill.slug).toHaveCount(bill.events.length);
      for (const event of bill.events) {
        const entry = history.getByRole("listitem").filter({ hasText: event.description }).filter({ hasText: formatIsoDay(event.occurredOn) });
        await expect(entry, `${bill.slug} ${event.occurredOn}`).toHaveCount(1);
        await expect(entry.getByRole("link", { name: /^Source:/ })).toHaveAttribute("href", event.sourceUrl);
      }
    }
  });

  test("draws an ending that did not pass apart from the paths, and the steps after it as not reached", async ({ page, makeBill, expectNoAxeViolations }) => {
    const bill = await makeBill({
      slug: `e2e-died-${Date.now()}`,
      shortTitle: "Example Lapsed Bill",
      jurisdiction: "us",
      events: [
        { occurredOn: "2025-02-03", stage: "introduced", chamber: "house" },
        { occurredOn: "2025-09-10", stage: "passed", chamber: "house" },
        { occurredOn: "2027-01-03", stage: "died", description: "Died at the end of the 119th Congress." },
      ],
    });
    await page.goto(`/bills/${bill.slug}`);
    const progress = page.locator("section", { has: page.getByRole("heading", { name: "Progress" }) });
    const ending = progress.getByRole("region", { name: /^Ended:/ });
    await expect(ending).toHaveText(/Ended: Died at the end of the Congress\s*Did not become law · 3 January 2027/);
    await expect(progress.getByRole("list", { name: "House" }).getByRole("listitem").filter({ hasText: "Passed" })).toContainText("Done · 10 September 2025");
    await expect(progress.getByRole("list", { name: "Senate" }).getByRole("listitem").filter({ hasText: "Passed" })).toContainText("Not reached");
    await expect(page.getByText("Phase: Ended without becoming law")).toBeVisible();
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
    await expect(progress.getByRole("list", { name: "Final stages" }).getByRole("listitem").filter({ hasText: "Royal Assent" })).toContainText("Not yet");
    const history = page.locator("section", { has: page.getByRole("heading", { name: "Status history" }) });
    await expect(history.getByRole("listitem")).toHaveCount(5);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/bills\/uk-crime-and-policing-bill$/);
    await page.getByRole("link", { name: "See the bill today" }).click();
    await expect(progress.getByRole("list", { name: "Final stages" }).locator('[aria-current="step"]')).toContainText("Royal Assent");
    await context.close();
  });

  test("explains a day it cannot read, next to the field, and shows the bill today", async ({ page }) => {
    await page.goto("/bills/enforce-act?asOf=16-12-2025");
    await expect(page.getByLabel("Day", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a real date, for example 17 November 2025 (in a link, 2025-11-17).")).toBeVisible();
    await expect(page.getByRole("list", { name: "Senate" }).locator('[aria-current="step"]')).toContainText("Passed");
  });

  test("describes itself to search engines and link previews", async ({ page, request }) => {
    await page.goto("/bills/stop-csam-act");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/bills\/stop-csam-act$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Reported by committee and on the Senate calendar; in the House Committee on the Judiciary \(H\.R\.3921\)\. The bill lets victims sue/);
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

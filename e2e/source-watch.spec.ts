import { readFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { startFakeOfficialServer, type FakeOfficialServer } from "@/lib/source-watch/testing/fake-official-server";
import { fixtureText } from "@/lib/source-watch/testing/fixtures";

import { expect, test } from "./auth-fixtures";
import { databaseUrl, firstPort, removeEventsById, secondPort, startServer, stop, waitUntilReady, type Instance } from "./instances";

// The source watch end to end: two more instances (B and C) poll a fake Congress.gov on
// loopback, as every instance polls the real one; Playwright's own server (A) polls nothing
// (SOURCE_WATCH=off) and, having no Congress.gov key, says why Congress.gov is not watched. An editor accepts the new House action
// for S.3021 on A; a reader's page on B updates live, and a subscriber's alert is queued.

const ACTIONS = "/v3/bill/119/s/3021/actions";
const TEXT = "/v3/bill/119/s/3021/text";
const RS_FILE = "/govinfo/content/pkg/BILLS-119s3021rs/xml/BILLS-119s3021rs.xml";
const ACT_PAGE = "/legislation/ukpga/2026/20/contents/data.xml";
// A long interval: the test itself makes the source due again, as the interval passing would,
// so the number of fetches is exact.
const INTERVAL_S = "3600";

let fake: FakeOfficialServer;
let b: Instance;
let c: Instance;
let dbUrl: string;
const recorded: string[] = [];

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dbUrl = databaseUrl();
  fake = await startFakeOfficialServer(firstPort + 3);
  fake.set(ACTIONS, { kind: "json", body: fixtureText("congress/s-3021-actions.json") });
  // No text versions until the text test lists some.
  fake.set(TEXT, { kind: "json", body: JSON.stringify({ textVersions: [] }) });
  // Every seeded source is due now: the ones the fake server does not know answer 404.
  await query(`UPDATE "WatchedSource" SET "nextPollAt" = now(), failures = 0, "lastError" = NULL, etag = NULL`);
  const env = (port: number) => ({
    DATABASE_URL: dbUrl,
    PORT: String(port),
    CONGRESS_API_KEY: "e2e-key",
    CONGRESS_API_BASE_URL: `${fake.url}/v3`,
    UK_BILLS_API_BASE_URL: `${fake.url}/uk`,
    LEGISLATION_GOV_UK_BASE_URL: `${fake.url}/legislation`,
    // As Playwright's own server has it (playwright.config.ts), which fetches the files.
    GOVINFO_BASE_URL: `${fake.url}/govinfo`,
    SOURCE_WATCH_ALLOW_PRIVATE_ADDRESSES: "1",
    SOURCE_WATCH_INTERVAL_S: INTERVAL_S,
    SOURCE_WATCH: "on",
  });
  b = startServer(secondPort, env(secondPort));
  c = startServer(firstPort + 2, env(firstPort + 2));
  await Promise.all([waitUntilReady(b), waitUntilReady(c)]);
});

test.afterAll(async () => {
  // Later specs read the launch content as seeded.
  if (dbUrl) {
    await removeEventsById(dbUrl, recorded);
    await query(`DELETE FROM "Suggestion"`);
    await query(`DELETE FROM "Subscription" WHERE email = 'watcher@example.org'`);
  }
  for (const instance of [b, c]) if (instance) expect(await stop(instance)).toBe(0);
  await fake?.close();
});

test("a new official action for S.3021 reaches the inbox, and accepting it updates the public page live and alerts subscribers", async ({
  page,
  browser,
  login,
  expectNoAxeViolations,
}) => {
  test.setTimeout(120_000);
  // The first poll, by B or C: the actions already there.
  await expect.poll(() => fake.count(ACTIONS), { timeout: 30_000 }).toBe(1);

  const [enforce] = await query<{ id: string }>(`SELECT id FROM "Bill" WHERE slug = 'enforce-act'`);
  const [subscription] = await query<{ id: string }>(
    `INSERT INTO "Subscription" (id, email, mailbox, "billId", "confirmedAt", "unsubscribeTokenHashes") VALUES ('e2e-watcher', 'watcher@example.org', 'watcher@example.org', $1, now(), '{}') RETURNING id`,
    [enforce!.id], // the seeded bill
  );

  // The House acts; the interval passes.
  fake.set(ACTIONS, { kind: "json", body: fixtureText("congress/s-3021-actions-house-referral.json") });
  await query(`UPDATE "WatchedSource" SET "nextPollAt" = now() WHERE identifier = '119/s/3021'`);

  await login({ role: "editor" });
  const inbox = page.getByRole("listitem").filter({ hasText: "Referred to the House Committee on the Judiciary." });
  await expect(async () => {
    await page.goto("/admin/inbox");
    await expect(inbox).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: /^Inbox \d+ waiting$/ })).toBeVisible();
  await expect(page.getByText("Congress.gov watches are off: set CONGRESS_API_KEY")).toBeVisible();
  await expect(inbox).toContainText("Referred to a House committee");
  await expectNoAxeViolations(page);

  // A reader watches the bill's page on B.
  const reader = await (await browser.newContext()).newPage();
  const streamOpened = reader.waitForResponse((response) => new URL(response.url()).pathname === "/api/live" && response.status() === 200);
  await reader.goto(`${b.url}/bills/enforce-act`);
  await streamOpened;
  await reader.evaluate(() => document.documentElement.setAttribute("data-loaded-once", "yes"));

  await inbox.getByRole("link", { name: /^Review/ }).click();
  await expect(page.getByRole("heading", { name: "Review a suggestion" })).toBeVisible();
  await expect(page.getByLabel("Step", { exact: true })).toHaveValue("house:referred");
  await expect(page.getByLabel("Date it happened")).toHaveValue("2026-01-12");
  await expect(page.getByLabel("Who acted (optional)")).toHaveValue("House Committee on the Judiciary");
  await expect(page.getByRole("radio", { name: /The official record/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Accept and record" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Suggestion accepted" })).toBeVisible();

  const [event] = await query<{ id: string; sourceKind: string; sourceUrl: string }>(
    `SELECT e.id, e."sourceKind", e."sourceUrl" FROM "StatusEvent" e JOIN "Suggestion" s ON s."eventId" = e.id WHERE s.state = 'accepted' AND e."billId" = $1`,
    [enforce!.id],
  );
  recorded.push(event!.id); // the suggestion just accepted
  expect(event).toMatchObject({ sourceKind: "official", sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/3021/all-actions" });

  await expect(reader.getByRole("region", { name: "Status history" })).toContainText("12 January 2026");
  await expect(reader.getByRole("status").filter({ hasText: "Updated just now" })).toBeVisible();
  await expect(reader.locator("html")).toHaveAttribute("data-loaded-once", "yes");

  await expect
    .poll(async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Outbox" WHERE recipient = $1 AND payload->>'eventId' = $2`, [subscription!.id, event!.id]))[0]?.n)
    .toBe(1);

  // Both B and C kept polling meanwhile: each source was fetched once per time it was due.
  await page.waitForTimeout(5_000);
  expect(fake.count(ACTIONS)).toBe(2);
  expect(fake.count("/v3/bill/119/hr/4831/actions")).toBe(1);
});

test("the UK Act's page on legislation.gov.uk yields what is newly in force, not what the bill already records", async ({ page, login, expectNoAxeViolations }) => {
  test.setTimeout(90_000);
  // legislation.gov.uk publishes the revised text; the interval passes.
  fake.set(ACT_PAGE, { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: fixtureText("legislation-gov-uk/crime-and-policing-act-2026.contents.xml") });
  await query(`UPDATE "WatchedSource" SET "nextPollAt" = now() WHERE kind = 'legislation_act' AND identifier = 'ukpga/2026/20'`);

  await login({ role: "editor" });
  const inbox = page.getByRole("listitem").filter({ hasText: "Crime and Policing Act 2026, section 4: in force from 29 April 2026" });
  await expect(async () => {
    await page.goto("/admin/inbox");
    await expect(inbox).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await expect(inbox).toContainText("In force in part");
  // The seed already records Royal Assent and the first commencement (29 June 2026): not suggested again.
  await expect(page.getByText("sections 1 and 2: in force from 29 June 2026")).toHaveCount(0);
  await expect(page.getByText("enacted (Royal Assent)")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await inbox.getByRole("link", { name: /^Review/ }).click();
  await expect(page.getByLabel("Step", { exact: true })).toHaveValue("after:in_force_in_part");
  await expect(page.getByLabel("Date it happened")).toHaveValue("2026-04-29");
  await expect(page.getByRole("radio", { name: /The official record/ })).toBeChecked();
});

test("an editor watches an Act's page from the bill's sources tab, with the Act alone", async ({ page, login, makeBill }) => {
  await login({ role: "editor" });
  const bill = await makeBill();
  await page.goto(`/admin/bills/${bill.id}/sources`);
  const kind = page.getByRole("radio", { name: /legislation\.gov\.uk Act page: Royal Assent and what is in force/ });
  await expect(page.getByText("Suggests each day provisions came into force, once legislation.gov.uk has revised the text")).toBeVisible();
  await kind.check();
  await page.getByLabel("Identifier").fill("ukpga/2026/20");
  await page.getByRole("button", { name: "Watch this source" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "legislation.gov.uk Act page (Royal Assent and what is in force): ukpga/2026/20" })).toBeVisible();
});

test("a new text version on Congress.gov reaches the inbox, and accepting it imports govinfo's file onto the public page", async ({ page, login, makeBill, db, expectNoAxeViolations }) => {
  test.setTimeout(90_000);
  const bill = await makeBill({ state: "published", numbers: ["S.3021"] });
  // The committee reports the bill: Congress.gov lists the new version; govinfo has no file yet.
  fake.set(TEXT, { kind: "json", body: fixtureText("congress/s-3021-text-reported.json") });
  fake.set(RS_FILE, { kind: "raw", status: 404 });
  await db.watchedSource.create({ data: { billId: bill.id, kind: "congress_bill", identifier: "119/s/3021" } });

  await login({ role: "editor" });
  const inbox = page.getByRole("listitem").filter({ hasText: bill.shortTitle }).filter({ hasText: "New text version: Reported in Senate (rs), 10 December 2025" });
  await expect(async () => {
    await page.goto("/admin/inbox");
    await expect(inbox).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await expect(inbox.getByRole("link", { name: /^The file on govinfo/ })).toHaveAttribute("href", `${fake.url}${RS_FILE}`);
  await expectNoAxeViolations(page);

  await inbox.getByRole("link", { name: /^Review/ }).click();
  await expect(page.getByRole("heading", { name: "Review a suggestion" })).toBeVisible();
  await expect(page.getByText("New text version: Reported in Senate (rs), 10 December 2025")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Accept and import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("govinfo has no file at this address yet. Try again in a day or two, when it is published. Nothing was imported, and the suggestion is still waiting.");
  expect(await db.billTextVersion.count({ where: { billId: bill.id } })).toBe(0);

  // govinfo publishes the file.
  fake.set(RS_FILE, { kind: "raw", status: 200, headers: { "Content-Type": "application/xml" }, body: readFileSync(path.join(import.meta.dirname, "../lib/bill-text/fixtures/fixture-act-rs.xml"), "utf8") });
  await page.getByRole("button", { name: "Accept and import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "the text version is imported from govinfo" })).toBeVisible();
  await expect(inbox).toHaveCount(0);

  await page.goto(`/bills/${bill.slug}/text/rs`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reported in Senate");
  await expect(page.getByRole("heading", { name: /Sec\. 4\. Reporting requirements/ })).toBeVisible();
});

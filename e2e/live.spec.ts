import pg from "pg";

import { expect, test } from "./auth-fixtures";
import {
  databaseUrl,
  ensureEditor,
  firstPort,
  recordChange,
  removeRecordedChanges,
  secondPort,
  startServer,
  stop,
  waitUntilReady,
  type Instance,
} from "./instances";

// Two production instances on one database, as behind a load balancer: Playwright's server (A)
// and a second instance of the app's server (B). Changes are committed through A; browsers watch B.

const A = `http://127.0.0.1:${firstPort}`;
let b: Instance;
let dbUrl: string;
/** The account the test route records as (through the real command). */
let editor: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dbUrl = databaseUrl();
  editor = await ensureEditor(dbUrl);
  b = startServer(secondPort, { DATABASE_URL: dbUrl, PORT: String(secondPort) });
  await waitUntilReady(b);
});

test.afterAll(async () => {
  // Later specs read the launch content as seeded.
  await removeRecordedChanges(dbUrl);
  if (b) expect(await stop(b)).toBe(0);
});

let counter = 0;
const unique = (label: string) => `${label} ${Date.now().toString(36)}-${(counter += 1)}`;

/** Open B's status board and wait until its live stream is connected. */
async function openBoardOnB(page: import("@playwright/test").Page) {
  const streamOpened = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/live" && response.status() === 200);
  await page.goto(`${b.url}/`);
  await streamOpened;
  // Marks this document: it survives an in-place refresh, not a reload.
  await page.evaluate(() => document.documentElement.setAttribute("data-loaded-once", "yes"));
}

/** Reads Server-Sent Events from a stream until `count` events have arrived. */
async function readEvents(url: string, headers: Record<string, string>, count: number): Promise<{ id: string; slug: string }[]> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader(); // a 200 event stream has a body
  const decoder = new TextDecoder();
  let text = "";
  const events: { id: string; slug: string }[] = [];
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    const blocks = text.split("\n\n");
    text = blocks.pop() ?? "";
    for (const block of blocks) {
      const data = block.split("\n").find((line) => line.startsWith("data: "));
      if (data) events.push(JSON.parse(data.slice(6)) as { id: string; slug: string });
    }
  }
  controller.abort();
  return events;
}

test("a page on instance B shows a change committed through instance A, without a reload", async ({ page, expectNoAxeViolations }, testInfo) => {
  await openBoardOnB(page);
  const description = unique("Placed on the Senate calendar");
  await recordChange(A, editor, "stop-csam-act", description);

  const article = page.getByRole("article", { name: "STOP CSAM Act of 2025" });
  await expect(article).toContainText(description);
  await expect(page.getByRole("status")).toHaveText("Updated just now: STOP CSAM Act of 2025.");
  await expect(page.locator("html")).toHaveAttribute("data-loaded-once", "yes");
  await expectNoAxeViolations(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`board-updated-${width}.png`) });
  }
});

test("a status event recorded in the back office on instance A appears on instance B's bill page, without a reload", async ({
  page,
  browser,
  login,
  makeBill,
}) => {
  await login({ role: "editor" });
  const bill = await makeBill({ state: "published" });

  const watcher = await browser.newContext();
  const watching = await watcher.newPage();
  const streamOpened = watching.waitForResponse((response) => new URL(response.url()).pathname === "/api/live" && response.status() === 200);
  await watching.goto(`${b.url}/bills/${bill.slug}`);
  await streamOpened;
  await watching.evaluate(() => document.documentElement.setAttribute("data-loaded-once", "yes"));

  const description = unique("Reported by the Committee on Commerce");
  await page.goto(`${A}/admin/bills/${bill.id}/history`);
  await page.getByLabel("Step", { exact: true }).selectOption({ label: "Reported by a Senate committee" });
  await page.getByLabel("Date it happened").fill("2025-03-05");
  await page.getByLabel("What happened").fill(description);
  await page.getByLabel("Source", { exact: true }).fill("https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions");
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status event recorded." })).toBeVisible();

  await expect(watching.getByRole("region", { name: "Status history" })).toContainText(description);
  await expect(watching.getByRole("status").filter({ hasText: "Updated just now" })).toBeVisible();
  await expect(watching.locator("html")).toHaveAttribute("data-loaded-once", "yes");
  await watcher.close();
});

test("a reconnecting client is sent what it missed, from its Last-Event-ID", async () => {
  const first = await recordChange(A, editor, "enforce-act", unique("Before the disconnect"));
  // The client was connected up to `first`, then lost its connection while two more happened.
  const missed = [await recordChange(A, editor, "enforce-act", unique("Missed one")), await recordChange(A, editor, "take-it-down-act", unique("Missed two"))];
  const events = await readEvents(`${b.url}/api/live`, { "Last-Event-ID": first.liveEventId }, 2);
  expect(events.map((event) => event.id)).toEqual(missed.map((change) => change.liveEventId));
  expect(events.map((event) => event.slug)).toEqual(["enforce-act", "take-it-down-act"]);
});

test("instance B survives losing its LISTEN connection, and its pages still update", async ({ page }) => {
  await openBoardOnB(page);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const result = await client.query(
      "SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE application_name = 'policy-tracker-listener' AND datname = current_database()",
    );
    // One per instance: A's and B's.
    expect(result.rows.filter((row: { terminated: boolean }) => row.terminated)).toHaveLength(2);
  } finally {
    await client.end();
  }
  await expect.poll(async () => (await fetch(`${b.url}/api/health`)).status, { timeout: 15_000 }).toBe(200);
  expect(b.output()).toContain('"event":"live.listener.reconnected"');

  const description = unique("Reported after the reconnect");
  await recordChange(A, editor, "take-it-down-act", description);
  await expect(page.getByRole("article", { name: "TAKE IT DOWN Act" })).toContainText(description);
  await expect(page.locator("html")).toHaveAttribute("data-loaded-once", "yes");
});

test("a browser catches up with a change made while its instance restarted", async ({ page }) => {
  await openBoardOnB(page);
  expect(await stop(b)).toBe(0);
  // Its stream was ended with a hint to reconnect; the change happens while nobody serves it.
  const description = unique("Recorded during the restart");
  await recordChange(A, editor, "enforce-act", description);
  b = startServer(secondPort, { DATABASE_URL: dbUrl, PORT: String(secondPort) });
  await waitUntilReady(b);
  await expect(page.getByRole("article", { name: "ENFORCE Act" })).toContainText(description, { timeout: 20_000 });
  await expect(page.locator("html")).toHaveAttribute("data-loaded-once", "yes");
});

test("the live stream is not compressed or buffered", async () => {
  const controller = new AbortController();
  const response = await fetch(`${b.url}/api/live`, { headers: { "Accept-Encoding": "gzip, br" }, signal: controller.signal });
  expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  expect(response.headers.get("content-encoding")).toBeNull();
  expect(response.headers.get("x-accel-buffering")).toBe("no");
  controller.abort();
});

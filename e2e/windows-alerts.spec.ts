import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";

import { startSmtpSink, type SmtpSink } from "@/lib/alerts/testing/smtp-sink";
import { isPortInUse } from "@/lib/db/free-port";
import { PrismaClient } from "@/lib/db/generated/client";
import { addDays } from "@/lib/legislation/windows";

import { makeAccount } from "./authorisation/subjects";
import { signInThroughApi } from "./auth-fixtures";
import { expect, test } from "./fixtures";
import { databaseUrl, secondPort, startNpm, stop, waitUntilReady, type Instance } from "./instances";

// A new editor adds a call for evidence closing in ten days, on an instance of its own whose
// mail goes through SMTP to a server in this process: it is open on the board and in the
// calendar, and a subscriber receives the opening alert. (The shared instance keeps mail for
// administrators instead, which other specs read.)

let sink: SmtpSink;
let instance: Instance | undefined;
let db: PrismaClient | undefined;
let dir: string | undefined;
const base = `http://127.0.0.1:${secondPort}`;

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await expect.poll(() => isPortInUse(secondPort), { timeout: 30_000 }).toBe(false);
  sink = await startSmtpSink();
  dir = await mkdtemp(path.join(tmpdir(), "policy-tracker-windows-"));
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, "pg");
  instance = startNpm(secondPort, dataDir, { env: { SMTP_URL: sink.url, MAIL_FROM: "Policy Tracker <alerts@localhost>" } });
  await waitUntilReady(instance, 180_000);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(dataDir) }) });
});

test.afterAll(async () => {
  await db?.$disconnect();
  if (instance) await stop(instance);
  await sink?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("an editor adds a call for evidence closing in ten days: open on the board and in the calendar, and a subscriber gets the opening alert by e-mail", async ({
  browser,
  expectNoAxeViolations,
}) => {
  if (!db) throw new Error("the instance did not start");
  const reader = "window.reader@example.org";
  await db.subscription.create({ data: { email: reader, mailbox: reader, frequency: "immediate", confirmedAt: new Date() } });
  const editor = await makeAccount(db, "editor");
  const bill = await db.bill.findUniqueOrThrow({ where: { slug: "uk-crime-and-policing-bill" }, select: { id: true } });

  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await signInThroughApi(page, editor);
  const today = new Date().toISOString().slice(0, 10);
  const closes = addDays(today, 10);
  await page.goto(`/admin/windows?bill=${bill.id}`);
  await page.getByLabel("Kind").selectOption({ label: "Call for evidence" });
  await page.getByLabel("Title").fill("Call for evidence on AI image generators");
  await page.getByLabel("Run by").fill("Home Affairs Committee");
  await page.getByLabel("How to respond").fill("https://committees.parliament.uk/call-for-evidence/example");
  await page.getByLabel("Opens").fill(today);
  await page.getByLabel("Closes").fill(closes);
  await page.getByRole("button", { name: "Add window" }).click();
  await expect(page.getByText("Window added.")).toBeVisible();

  await page.goto("/");
  const aside = page.getByRole("complementary");
  const item = aside.getByRole("listitem").filter({ hasText: "Call for evidence on AI image generators" });
  await expect(item).toContainText("Open now");
  await expect(item).toContainText("10 days left");
  await expect(item.getByRole("link", { name: /How to respond/ })).toHaveAttribute("href", "https://committees.parliament.uk/call-for-evidence/example");
  await expectNoAxeViolations(page);

  const calendar = await page.request.get("/calendar.ics");
  const text = (await calendar.text()).replace(/\r\n[ \t]/g, "");
  expect(text).toContain("SUMMARY:Call for evidence open: Call for evidence on AI image generators");
  expect(text).toContain(`DTSTART;VALUE=DATE:${today.replaceAll("-", "")}`);
  expect(text).toContain(`DTEND;VALUE=DATE:${addDays(closes, 1).replaceAll("-", "")}`);

  await expect.poll(() => sink.messages.filter((message) => message.subject?.startsWith("Call for evidence open")).length, { timeout: 30_000 }).toBe(1);
  const message = sink.messages.find((candidate) => candidate.subject?.startsWith("Call for evidence open"));
  expect(message?.to && "value" in message.to ? message.to.value[0]?.address : null).toBe(reader);
  expect(message?.text).toContain("How to respond: https://committees.parliament.uk/call-for-evidence/example");
  expect(message?.text).toContain("Run by: Home Affairs Committee");
  await context.close();
});

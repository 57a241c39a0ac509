import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import { request as playwrightRequest, type Browser, type BrowserContext } from "@playwright/test";

import { startSmtpSink, type SmtpSink } from "@/lib/alerts/testing/smtp-sink";
import { startWebhookReceiver, type WebhookReceiver } from "@/lib/alerts/testing/webhook-receiver";
import { isPortInUse } from "@/lib/db/free-port";
import { PrismaClient } from "@/lib/db/generated/client";

import { expect, test } from "../fixtures";
import { makeAccount, send, signIn, type Session } from "../authorisation/subjects";
import { databaseUrl, ensureEditor, recordChange, secondPort, startNpm, stop, waitUntilReady, type Instance } from "../instances";

import { credentialsPost } from "./helpers";

// Issue 21, replayed against `npm start` as an operator runs it with no settings: no proxy in
// front (TRUST_PROXY unset), webhooks only to public addresses (WEBHOOKS_ALLOW_PRIVATE_ADDRESSES
// unset), its first administrator admin@localhost with a printed one-time password, and mail
// through SMTP (a sink in this process). Its own embedded database, so its throttle counters,
// outbox worker and logs are its own. Each of these failed before the fix.

interface ProbeInstance {
  instance: Instance;
  db: PrismaClient;
  dir: string;
  /** admin@localhost's one-time password, as the first start printed it. */
  adminPassword: string;
}

async function startProbe(extra: Record<string, string>): Promise<ProbeInstance> {
  // Another instance still on the port would answer the readiness check in this one's place.
  await expect.poll(() => isPortInUse(secondPort), { timeout: 30_000 }).toBe(false);
  const dir = await mkdtemp(path.join(tmpdir(), "policy-tracker-probe-"));
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, "pg");
  const instance = startNpm(secondPort, dataDir, { env: { TRUST_PROXY: "", WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "", ...extra } });
  await waitUntilReady(instance, 180_000);
  expect(instance.process.exitCode, instance.output()).toBeNull();
  const adminPassword = /one-time password:\n\[policy-tracker\]\s+(\S+)/.exec(instance.output())?.[1];
  if (!adminPassword) throw new Error(`No one-time password in:\n${instance.output()}`);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(dataDir) }) });
  return { instance, db, dir, adminPassword };
}

async function stopProbe(probe: ProbeInstance | undefined): Promise<void> {
  if (!probe) return;
  await probe.db.$disconnect();
  await stop(probe.instance);
  await rm(probe.dir, { recursive: true, force: true });
}

/** A browser context signed in through the sign-in page, as a person would. */
async function signInThroughPage(browser: Browser, baseURL: string, email: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin/);
  return context;
}

const lines = (probe: ProbeInstance, event: string) =>
  probe.instance
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{") && line.includes(`"event":"${event}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test.describe("as npm start runs with no settings", () => {
  test.describe.configure({ mode: "serial" });
  let probe: ProbeInstance | undefined;
  let sink: SmtpSink;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(240_000);
    sink = await startSmtpSink();
    probe = await startProbe({ SMTP_URL: sink.url });
  });

  test.afterAll(async () => {
    await stopProbe(probe);
    await sink.close();
  });

  // Each test starts with no failures counted, as the probe did.
  test.afterEach(async () => {
    await probe?.db.loginThrottle.deleteMany();
  });

  const the = () => {
    if (!probe) throw new Error("The probe instance did not start.");
    return probe;
  };

  test("finding 1: five wrong passwords for admin@localhost from elsewhere do not keep the administrator's own browser out", async ({ browser }) => {
    const { instance, adminPassword } = the();
    const admin = await signInThroughPage(browser, instance.url, "admin@localhost", adminPassword);
    const page = admin.pages()[0]!; // the page signInThroughPage opened
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);

    // The probe: five wrong guesses, a fresh X-Forwarded-For each time.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await credentialsPost(instance.url, { email: "admin@localhost", password: `guess ${attempt}` }, { headers: { "x-forwarded-for": `203.0.113.${attempt}` } })).toContain(
        "code=credentials",
      );
    }
    // A stranger with the right password is held off; the administrator's browser is not.
    expect(await credentialsPost(instance.url, { email: "admin@localhost", password: adminPassword })).toMatch(/code=throttled-\d+/);
    await page.getByLabel("Email address").fill("admin@localhost");
    await page.getByLabel("Password").fill(adminPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/account/);
    await admin.close();
  });

  test("finding 1: a new X-Forwarded-For per request neither escapes the per-address limit nor blocks the address it names", async () => {
    const { instance, db } = the();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await credentialsPost(instance.url, { email: `spray-${attempt}-${randomBytes(3).toString("hex")}@example.org`, password: "Summer2025!!" }, {
        headers: { "x-forwarded-for": `198.51.100.${attempt + 1}` },
      });
    }
    const account = await makeAccount(db, "editor");
    expect(await credentialsPost(instance.url, account, { headers: { "x-forwarded-for": "198.51.100.200" } })).toMatch(/code=throttled-\d+/);
    const keys = (await db.loginThrottle.findMany({ where: { key: { startsWith: "ip:" } } })).map((row) => row.key);
    expect(keys).toEqual(["ip:127.0.0.1"]);
  });

  test("finding 3: loopback webhooks cannot be registered, and one stored before is never posted to", async ({ browser }) => {
    const { instance, db } = the();
    const admin = await makeAccount(db, "admin");
    const context = await signInThroughPage(browser, instance.url, admin.email, admin.password);
    const page = context.pages()[0]!; // the page signInThroughPage opened
    await page.goto("/admin/webhooks");
    for (const url of ["http://127.0.0.1:9123/hook", "http://localhost:9123/hook", "http://[::1]:9123/hook", "https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data/"]) {
      await page.getByLabel("Address that receives the events").fill(url);
      await page.getByRole("button", { name: "Add webhook" }).click();
      await expect(page.locator("#webhook-url-error"), url).toBeVisible();
    }
    expect(await db.webhook.count()).toBe(0);
    await context.close();

    const secret = `whsec_${randomBytes(32).toString("base64")}`;
    const receiver: WebhookReceiver = await startWebhookReceiver({ secret });
    try {
      const hook = await db.webhook.create({ data: { url: receiver.url, secret } });
      const editor = await ensureEditor(databaseUrl(path.join(the().dir, "pg")));
      await recordChange(instance.url, editor, "enforce-act", "A change the loopback receiver must not hear of");
      await expect.poll(async () => (await db.outbox.findFirst({ where: { webhookId: hook.id } }))?.attempts ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
      const delivery = await db.outbox.findFirstOrThrow({ where: { webhookId: hook.id } });
      expect(delivery).toMatchObject({ lastError: "Could not connect to the receiver.", lastStatusCode: null });
      expect(receiver.deliveries).toHaveLength(0);
      await db.webhook.delete({ where: { id: hook.id } });
    } finally {
      await receiver.close();
    }
  });

  test("finding 9: refused sign-ins are logged with the account and the client, and administrators see them repeat", async ({ browser }) => {
    const { instance, db, adminPassword } = the();
    const unknown = `nobody-${randomBytes(3).toString("hex")}@example.org`;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await credentialsPost(instance.url, { email: "admin@localhost", password: `wrong ${attempt}` });
      await credentialsPost(instance.url, { email: unknown, password: `wrong ${attempt}` });
    }
    const adminId = (await db.user.findUniqueOrThrow({ where: { email: "admin@localhost" } })).id;
    const refused = lines(the(), "auth.signInRefused");
    expect(refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: "invalid", userId: adminId, client: "127.0.0.1" }),
        expect.objectContaining({ reason: "invalid", unknownAccount: expect.stringMatching(/^[0-9a-f]{16}$/), client: "127.0.0.1" }),
      ]),
    );
    expect(instance.output()).not.toContain(unknown);

    const admin = await makeAccount(db, "admin");
    const context = await signInThroughPage(browser, instance.url, admin.email, admin.password);
    const page = context.pages()[0]!; // the page signInThroughPage opened
    await page.goto("/admin/users");
    const table = page.getByRole("region", { name: "Table of repeated failed sign-ins" });
    await expect(table.getByRole("row").filter({ hasText: "admin@localhost" })).toContainText("3");
    await expect(table.getByRole("row").filter({ hasText: "Client address" }).filter({ hasText: "127.0.0.1" })).toBeVisible();
    await expect(table).not.toContainText(unknown);
    void adminPassword;
    await context.close();
  });

  test("finding 10: a refused cross-site write is logged without its full path", async () => {
    const { instance } = the();
    const token = randomBytes(32).toString("base64url");
    const answer = await send(instance.url, { subject: "anonymous", cookie: "", userId: null } satisfies Session, "POST", `/invite/${token}`, {
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "password=x",
    });
    expect(answer.status).toBe(403);
    await expect.poll(() => lines(the(), "http.crossSiteRefused").length).toBeGreaterThan(0);
    expect(lines(the(), "http.crossSiteRefused").at(-1)).toMatchObject({ path: "/invite/…" });
    expect(instance.output()).not.toContain(token);
  });

  test("finding 10: unsubscribe tokens are not stored, and the link in the e-mail still works", async ({ page }) => {
    const { instance, db } = the();
    const email = `probe.reader.${randomBytes(3).toString("hex")}@example.org`;
    await page.goto(`${instance.url}/subscribe`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a confirmation email" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expect.poll(() => sink.messages.filter((message) => message.text?.includes("/subscribe/confirm")).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const text = sink.messages.at(-1)?.text ?? "";
    const token = /\/subscribe\/unsubscribe\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";
    expect(token).toHaveLength(43);

    const stored = JSON.stringify({ subscriptions: await db.subscription.findMany(), outbox: await db.outbox.findMany(), audit: await db.auditLog.findMany() });
    expect(stored).not.toContain(token);

    await page.goto(`${instance.url}/subscribe/unsubscribe?token=${token}`);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You have been unsubscribed" })).toBeVisible();
    expect(await db.subscription.count({ where: { email } })).toBe(0);
  });
});

// Finding 4: every GET /api/auth/session issued a new 12-hour token, so a session never ended.
// Here a session lasts 43 seconds (SESSION_MAX_AGE_H=0.012) and 12 without a request
// (SESSION_IDLE_MIN=0.2).
test.describe("with short session limits", () => {
  test.describe.configure({ mode: "serial" });
  let probe: ProbeInstance | undefined;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(240_000);
    probe = await startProbe({ SESSION_MAX_AGE_H: "0.012", SESSION_IDLE_MIN: "0.2" });
  });

  test.afterAll(async () => {
    await stopProbe(probe);
  });

  const the = () => {
    if (!probe) throw new Error("The probe instance did not start.");
    return probe;
  };

  test("renewing the session with GET /api/auth/session does not outlast SESSION_MAX_AGE_H", async () => {
    test.setTimeout(90_000);
    const { instance, db } = the();
    const account = await makeAccount(db, "editor");
    const client = await playwrightRequest.newContext({ baseURL: instance.url });
    try {
      const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await client.post("/api/auth/callback/credentials", { form: { email: account.email, password: account.password, csrfToken, callbackUrl: "/admin" } });
      const started = Date.now();
      let endedAfter: number | null = null;
      // As the probe did: renew every few seconds, well inside the idle limit.
      while (Date.now() - started < 60_000) {
        const session = (await (await client.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
        if (!session?.user) {
          endedAfter = Date.now() - started;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 3_000));
      }
      expect(endedAfter).not.toBeNull();
      expect(endedAfter!).toBeGreaterThan(35_000); // a number: checked just above
      expect(endedAfter!).toBeLessThan(50_000);
    } finally {
      await client.dispose();
    }
  });

  test("a session unused for SESSION_IDLE_MIN ends, and the sign-in page says why", async () => {
    test.setTimeout(60_000);
    const { instance, db } = the();
    const cookie = await signIn(instance.url, await makeAccount(db, "editor"));
    const session: Session = { subject: "editor", cookie, userId: null };
    expect((await send(instance.url, session, "GET", "/admin")).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 14_000));
    const answer = await send(instance.url, session, "GET", "/admin");
    expect(answer.status).toBe(307);
    expect(answer.location).toBe("/login?callbackUrl=%2Fadmin");
    const login = await send(instance.url, session, "GET", answer.location ?? "");
    expect(login.body).toContain("Your session has ended.");
  });

  test("the back office warns before it signs out, and 'Stay signed in' keeps the session", async ({ browser }) => {
    test.setTimeout(60_000);
    const { instance, db } = the();
    const account = await makeAccount(db, "editor");
    const context = await signInThroughPage(browser, instance.url, account.email, account.password);
    const page = context.pages()[0]!; // the page signInThroughPage opened
    const warning = page.getByRole("alert").filter({ hasText: "You will be signed out in" });
    await expect(warning).toBeVisible({ timeout: 12_000 });
    await page.getByRole("button", { name: "Stay signed in" }).click();
    await expect(warning).toBeHidden();
    // Longer than the idle limit since the page loaded, but not since "Stay signed in".
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await page.reload();
    await expect(page).toHaveURL(/\/admin/);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await context.close();
  });
});

import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { CLEAN_START, CRASH_RECOVERY } from "@/lib/db/testing/server-log";

import { expect, test } from "./fixtures";
import {
  expectConsistent,
  followStream,
  prepareWriters,
  probe,
  recordThrough,
  startRestartableDatabase,
  type Answer,
} from "./faults";
import { databaseUrl, postgresLog, secondPort, startServer, startNpm, stop, waitUntilReady, type Instance } from "./instances";
import { appProcesses, describeProcesses, leftoverGuard, stillRunning } from "./processes";

// Faults under load, against production instances of the build Playwright's server made:
// PostgreSQL stopped and started again under a running app, and the app killed with SIGKILL in
// the middle of writes (`npm start` as users run it: its npm process, or the launcher below it). (The machine's PostgreSQL 15 is restarted by `npm run
// test:faults:system` instead, which CI runs on its own: restarting a shared server here would
// break whatever else is using it.)

test.describe.configure({ mode: "serial" });

const AUTH_SECRET = "fault-tests-auth-secret-0123456789abcdef";

let dir: string;
const leftovers = leftoverGuard();
test.beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "policy-tracker-faults-"));
  await chmod(dir, 0o755);
});
test.afterEach(async () => {
  leftovers.kill();
  await rm(dir, { recursive: true, force: true });
});

test("PostgreSQL stopped under load: 503 with Retry-After while it is away, and the instance recovers by itself", async ({
  page,
  context,
  expectNoAxeViolations,
}, testInfo) => {
  test.setTimeout(300_000);
  const database = await startRestartableDatabase(path.join(dir, "pg"));
  let app: Instance | undefined;
  try {
    const { editorEmail } = await prepareWriters(database.url);
    app = startServer(secondPort, { DATABASE_URL: database.url, PORT: String(secondPort), AUTH_SECRET });
    await waitUntilReady(app);
    const base = app.url;

    // A browser on a bill page, and a plain stream reader: both must hear changes after the outage.
    const streamOpened = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/live" && response.status() === 200);
    await page.goto(`${base}/bills/stop-csam-act`);
    await streamOpened;
    const stream = followStream(`${base}/api/live`);
    await stream.opened;

    // Readers and writers, every answer kept.
    const answers: Answer[] = [];
    let loading = true;
    const reader = async (target: string) => {
      while (loading) answers.push(await probe(`${base}${target}`));
    };
    const writer = async (name: string) => {
      for (let i = 0; loading; i += 1) {
        const startedAt = Date.now();
        const response = await recordThrough(base, editorEmail, "enforce-act", `${name} ${i}`).catch(() => null);
        answers.push({
          path: "/api/testing/status-events",
          status: response?.status ?? "network-error",
          retryAfter: response?.headers.get("retry-after") ?? null,
          startedAt,
          endedAt: Date.now(),
        });
        await response?.arrayBuffer();
      }
    };
    const load = [reader("/"), reader("/bills/take-it-down-act"), reader("/api/v1/bills"), writer("first"), writer("second")];
    await expect.poll(() => answers.filter((answer) => answer.status === 201).length, { timeout: 60_000 }).toBeGreaterThan(5);

    await database.stop();
    const stoppedAt = Date.now();
    // The instance notices by itself; from then on every kind of request is refused the same way.
    await expect.poll(async () => (await probe(`${base}/api/health`)).status, { timeout: 60_000 }).toBe(503);
    const outage = await Promise.all([
      probe(`${base}/`),
      probe(`${base}/bills/take-it-down-act`),
      probe(`${base}/timeline`),
      probe(`${base}/feed.xml`),
      probe(`${base}/api/v1/bills`),
      probe(`${base}/api/live`),
      probe(`${base}/api/health`),
      probe(`${base}/api/testing/status-events`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ editorEmail, slug: "enforce-act", description: "During the outage" }),
      }),
      // A server action's form post (the back office's writes): refused before it runs.
      probe(`${base}/admin/bills`, { method: "POST", headers: { "Next-Action": "0".repeat(40), Origin: base }, body: "x=1" }),
    ]);
    for (const answer of outage) {
      expect(answer, answer.path).toMatchObject({ status: 503, retryAfter: "5" });
    }
    const health = await fetch(`${base}/api/health`);
    expect(await health.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
    const liveness = await fetch(`${base}/api/health?probe=liveness`);
    expect(liveness.status).toBe(200);
    // What a person sees meanwhile (in another tab: the first one stays open across the outage).
    const visitor = await context.newPage();
    const shown = await visitor.goto(`${base}/timeline`);
    expect(shown?.status()).toBe(503);
    expect(shown?.headers()["cache-control"]).toBe("no-store");
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Policy Tracker is briefly unavailable");
    await expectNoAxeViolations(visitor);
    for (const width of [375, 1280]) {
      await visitor.setViewportSize({ width, height: 700 });
      await visitor.screenshot({ path: testInfo.outputPath(`outage-${width}.png`) });
    }
    await visitor.close();

    await database.start();
    const restartedAt = Date.now();
    // Recovered without a restart: ready again, LISTEN connected again.
    await expect
      .poll(async () => (await fetch(`${base}/api/health`)).status, { timeout: 60_000 })
      .toBe(200);
    expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: "ok", listener: "connected" });
    loading = false;
    await Promise.all(load);

    // No request hung or went unanswered. Those in flight while PostgreSQL was going down may
    // have failed like any interrupted request (a write among them was then not acknowledged);
    // every request sent once it was down was answered "unavailable, try again".
    expect(answers.filter((answer) => typeof answer.status !== "number")).toEqual([]);
    const duringOutage = answers.filter((answer) => answer.startedAt >= stoppedAt && answer.endedAt < restartedAt);
    expect(duringOutage.length).toBeGreaterThan(0);
    for (const answer of duringOutage) expect(answer).toMatchObject({ status: 503, retryAfter: "5" });
    const interrupted = answers.filter((answer) => answer.startedAt < stoppedAt && answer.endedAt >= stoppedAt && answer.status !== 503);
    expect(app.process.exitCode).toBeNull();

    for (const target of ["/", "/bills/take-it-down-act", "/api/v1/bills"]) expect((await probe(`${base}${target}`)).status, target).toBe(200);

    // Changes reach the open stream and the open page again, with no reload.
    const after = await recordThrough(base, editorEmail, "stop-csam-act", "Recorded after PostgreSQL came back");
    expect(after.status).toBe(201);
    const { liveEventId } = (await after.json()) as { liveEventId: string };
    await expect.poll(() => stream.ids, { timeout: 30_000 }).toContain(liveEventId);
    await expect(page.getByText("Recorded after PostgreSQL came back").first()).toBeVisible({ timeout: 30_000 });
    stream.close();
    testInfo.annotations.push({
      type: "outage",
      description: `${answers.length} requests under load, ${duringOutage.length} answered 503 during the outage, ${interrupted.length} interrupted as it began`,
    });
  } finally {
    if (app) await stop(app);
    await database.close();
  }
});

/** Writers that keep recording until told to stop; only 201 answers count as acknowledged. */
function startWriters(baseUrl: () => string, editorEmail: string, count: number) {
  const acknowledged: string[] = [];
  let writing = true;
  let inFlight = 0;
  const writer = async (index: number) => {
    for (let i = 0; writing; i += 1) {
      inFlight += 1;
      // Acknowledged means a complete 201 answer; one cut off by the kill is not.
      const eventId = await recordThrough(baseUrl(), editorEmail, index % 2 ? "enforce-act" : "stop-csam-act", `writer ${index} write ${i}`)
        .then(async (response) => (response.status === 201 ? ((await response.json()) as { eventId: string }).eventId : null))
        .catch(() => null)
        .finally(() => (inFlight -= 1));
      if (eventId) acknowledged.push(eventId);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const running = Promise.all(Array.from({ length: count }, (_, index) => writer(index)));
  return {
    acknowledged,
    inFlight: () => inFlight,
    async stop() {
      writing = false;
      await running;
    },
  };
}

function killed(instance: Instance): Promise<void> {
  return new Promise((resolve) => {
    instance.process.once("exit", () => resolve());
    instance.process.kill("SIGKILL");
  });
}

test("kill -9 of an instance during writes on an external database: every acknowledged write is there, nothing half written", async () => {
  test.setTimeout(300_000);
  const database = await startRestartableDatabase(path.join(dir, "pg"));
  let app: Instance | undefined;
  try {
    const { editorEmail, webhookId } = await prepareWriters(database.url);
    app = startServer(secondPort, { DATABASE_URL: database.url, PORT: String(secondPort), AUTH_SECRET });
    await waitUntilReady(app);
    const writers = startWriters(() => app!.url, editorEmail, 8); // app is set just above

    await expect.poll(() => writers.acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(30);
    const cutOff = writers.inFlight();
    await killed(app);
    await writers.stop();
    expect(cutOff).toBeGreaterThan(0);

    app = startServer(secondPort, { DATABASE_URL: database.url, PORT: String(secondPort), AUTH_SECRET });
    await waitUntilReady(app);
    const checked = await expectConsistent(database.url, { acknowledged: writers.acknowledged, webhookId });
    expect(checked.events).toBeGreaterThanOrEqual(checked.acknowledged);
    test.info().annotations.push({ type: "writes", description: `${checked.acknowledged} acknowledged, ${checked.events} stored, ${cutOff} in flight at the kill` });
  } finally {
    if (app) await stop(app);
    await database.close();
  }
});

test("kill -9 of the npm process during writes: the app stops on its own within seconds, cleanly, and keeps every acknowledged write", async () => {
  test.setTimeout(300_000);
  const dataDir = path.join(dir, "pg");
  const app = leftovers.track(startNpm(secondPort, dataDir));
  await waitUntilReady(app);
  const { editorEmail, webhookId } = await prepareWriters(databaseUrl(dataDir));
  const writers = startWriters(() => app.url, editorEmail, 8);
  await expect.poll(() => writers.acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(30);
  const tree = leftovers.note(appProcesses(app, /^node .*scripts\/start\.ts$/));
  const inFlight = writers.inFlight();
  const killedAt = Date.now();
  await killed(app);

  // Nothing passed the kill on, yet the launcher notices that npm is gone and stops as if
  // signalled: within seconds no new connection is accepted, and then every process ends.
  await expect.poll(async () => (await probe(`${app.url}/api/health`, {}, 2_000)).status, { timeout: 5_000 }).toBe("network-error");
  const refusedAfterMs = Date.now() - killedAt;
  await writers.stop();
  await expect.poll(() => describeProcesses(stillRunning(tree)), { timeout: 30_000 }).toBe("");
  expect(app.output()).toContain("npm, which started this, has exited.");
  expect(app.output()).toMatch(/"event":"shutdown.finished","signal":"SIGTERM".*"drained":true/);
  expect(postgresLog(app).at(-1)).toBe("database system is shut down");

  const next = leftovers.track(startNpm(secondPort, dataDir));
  await waitUntilReady(next);
  expect(postgresLog(next)).toContainEqual(expect.stringMatching(CLEAN_START));
  expect(postgresLog(next).filter((line) => CRASH_RECOVERY.test(line))).toEqual([]);
  // A new server on the same data, on a port of its own.
  const checked = await expectConsistent(databaseUrl(dataDir), { acknowledged: writers.acknowledged, webhookId });
  expect(checked.events).toBeGreaterThanOrEqual(checked.acknowledged);
  expect(await stop(next)).toBe(0);
  test.info().annotations.push({
    type: "writes",
    description: `${checked.acknowledged} acknowledged, ${checked.events} stored, ${inFlight} in flight at the kill; connections refused ${refusedAfterMs} ms after it`,
  });
});

test("kill -9 of the launcher under `npm start` during writes: npm and Next.js go with it, and the next start stops the PostgreSQL left running and keeps every acknowledged write", async () => {
  test.setTimeout(300_000);
  const dataDir = path.join(dir, "pg");
  const app = leftovers.track(startNpm(secondPort, dataDir));
  await waitUntilReady(app);
  const { editorEmail, webhookId } = await prepareWriters(databaseUrl(dataDir));
  const writers = startWriters(() => app.url, editorEmail, 8);
  await expect.poll(() => writers.acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(30);
  const tree = leftovers.note(appProcesses(app, /^node .*scripts\/start\.ts$/));
  const launcher = tree.find((process) => process.ppid === app.process.pid)!; // appProcesses checked it is there
  const npmExit = new Promise<NodeJS.Signals | null>((resolve) => app.process.once("exit", (_code, signal) => resolve(signal)));
  const cutOff = writers.inFlight();
  process.kill(launcher.pid, "SIGKILL");
  // npm ends itself with the signal its child died of.
  expect(await npmExit).toBe("SIGKILL");
  await writers.stop();
  expect(cutOff).toBeGreaterThan(0);

  // No exit hook ran: Next.js notices (its IPC channel closed) and shuts down, freeing the
  // port. Only the embedded PostgreSQL, which nothing tells, is left, serving no one; the
  // next start must cope with that itself.
  await expect.poll(() => app.output(), { timeout: 60_000 }).toMatch(/"event":"shutdown.finished","signal":"launcher-gone"/);
  await expect.poll(() => describeProcesses(stillRunning(tree).filter((process) => !process.command.includes("postgres"))), { timeout: 10_000 }).toBe("");
  expect((await probe(`${app.url}/api/health`, {}, 2_000)).status).toBe("network-error");

  const next = leftovers.track(startNpm(secondPort, dataDir));
  await waitUntilReady(next);
  expect(next.output()).toMatch(/Stopping the PostgreSQL \(pid \d+\) left running/);
  // It was stopped with PostgreSQL's fast shutdown, which is a clean one.
  expect(postgresLog(next).filter((line) => CRASH_RECOVERY.test(line))).toEqual([]);
  expect(describeProcesses(stillRunning(tree))).toBe("");
  // A new server on the same data, on a port of its own.
  const checked = await expectConsistent(databaseUrl(dataDir), { acknowledged: writers.acknowledged, webhookId });
  expect(checked.events).toBeGreaterThanOrEqual(checked.acknowledged);
  expect(await stop(next)).toBe(0);
  test.info().annotations.push({ type: "writes", description: `${checked.acknowledged} acknowledged, ${checked.events} stored, ${cutOff} in flight at the kill` });
});

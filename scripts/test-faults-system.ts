import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import { prepareDatabase } from "@/lib/db/prepare-database";
import { createDatabase, dropDatabase, uniqueName } from "@/lib/db/testing/test-database";

import { expectConsistent, followStream, prepareWriters, probe, recordThrough, type Answer } from "../e2e/faults";
import { secondPort, startServer, stop, waitUntilReady, type Instance } from "../e2e/instances";

// `npm run test:faults:system`: the fault test against the machine's own PostgreSQL 15, which
// it stops, starts and restarts with pg_ctlcluster while a production instance is under load.
// That drops every connection to that server, including other programs' and other test runs',
// so it runs only when asked in so many words (FAULTS_RESTART_SYSTEM_POSTGRES=1): CI runs it as
// a step of its own after the PostgreSQL 15 integration run, and `npm test` never does. The
// embedded-PostgreSQL variant, which disturbs nothing else, is e2e/faults.spec.ts.

const CLUSTER = ["15", "main"];
const serverUrl = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const nextBin = path.resolve("node_modules/next/dist/bin/next");

if (process.env.FAULTS_RESTART_SYSTEM_POSTGRES !== "1") {
  console.error(
    "Error: this test stops and restarts the machine's PostgreSQL 15 (every connection to it drops). Run it with FAULTS_RESTART_SYSTEM_POSTGRES=1 when nothing else needs that server.",
  );
  process.exit(1);
}

function cluster(action: "stop" | "start" | "restart"): void {
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", ...CLUSTER, action], { stdio: "inherit" });
}

async function poll(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const status = async (url: string) => (await probe(url)).status;

function say(message: string): void {
  console.log(`[faults:system] ${message}`);
}

if (!existsSync(".next/BUILD_ID")) {
  say("No production build yet: building.");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: "" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const name = uniqueName("pt_faults");
const url = await createDatabase(serverUrl, name);
let app: Instance | undefined;
try {
  await prepareDatabase(url);
  const { editorEmail, webhookId } = await prepareWriters(url);
  app = startServer(secondPort, { DATABASE_URL: url, PORT: String(secondPort), AUTH_SECRET: "system-fault-test-secret-0123456789abcdef" });
  await waitUntilReady(app);
  const base = app.url;
  const stream = followStream(`${base}/api/live`);
  await stream.opened;

  // Readers and writers under load, as in e2e/faults.spec.ts.
  const answers: Answer[] = [];
  const acknowledged: string[] = [];
  let loading = true;
  const reader = async (target: string) => {
    while (loading) answers.push(await probe(`${base}${target}`));
  };
  const writer = async (index: number) => {
    for (let i = 0; loading; i += 1) {
      const startedAt = Date.now();
      const response = await recordThrough(base, editorEmail, index % 2 ? "enforce-act" : "stop-csam-act", `system writer ${index} write ${i}`).catch(() => null);
      const body = response?.status === 201 ? ((await response.json().catch(() => null)) as { eventId: string } | null) : null;
      if (body) acknowledged.push(body.eventId);
      else await response?.arrayBuffer().catch(() => undefined);
      answers.push({ path: "/api/testing/status-events", status: response?.status ?? "network-error", retryAfter: response?.headers.get("retry-after") ?? null, startedAt, endedAt: Date.now() });
    }
  };
  const load = [reader("/"), reader("/bills/take-it-down-act"), reader("/api/v1/bills"), writer(0), writer(1), writer(2), writer(3)];
  await poll("some writes are acknowledged", async () => acknowledged.length > 10);

  // 1. A stop and, later, a start: the instance answers 503 with Retry-After meanwhile.
  say("Stopping PostgreSQL 15.");
  cluster("stop");
  const stoppedAt = Date.now();
  await poll("health answers 503", async () => (await status(`${base}/api/health`)) === 503);
  const outage = await Promise.all(["/", "/bills/take-it-down-act", "/api/v1/bills", "/api/live", "/api/health"].map((target) => probe(`${base}${target}`)));
  for (const answer of outage) assert.deepEqual([answer.path, answer.status, answer.retryAfter], [answer.path, 503, "5"]);
  say("Starting PostgreSQL 15.");
  cluster("start");
  const startedAt = Date.now();
  await poll("the instance is ready again (LISTEN reconnected)", async () => (await status(`${base}/api/health`)) === 200);

  // 2. A restart under load: the instance comes back by itself again.
  say("Restarting PostgreSQL 15 under load.");
  cluster("restart");
  await poll("the instance is ready after the restart", async () => (await status(`${base}/api/health`)) === 200);
  loading = false;
  await Promise.all(load);

  assert.deepEqual(answers.filter((answer) => typeof answer.status !== "number"), [], "no request hung or went unanswered");
  const duringOutage = answers.filter((answer) => answer.startedAt >= stoppedAt && answer.endedAt < startedAt);
  assert.ok(duringOutage.length > 0, "load continued through the outage");
  for (const answer of duringOutage) assert.deepEqual([answer.status, answer.retryAfter], [503, "5"], `${answer.path} during the outage`);
  assert.equal(app.process.exitCode, null, "the instance was never restarted");

  // Changes reach a stream that stayed open through both outages.
  const after = await recordThrough(base, editorEmail, "stop-csam-act", "Recorded after the system PostgreSQL restarted");
  assert.equal(after.status, 201);
  const { liveEventId } = (await after.json()) as { liveEventId: string };
  await poll("the open live stream carries the new change", async () => stream.ids.includes(liveEventId), 15_000);
  stream.close();

  // 3. kill -9 of the instance during writes on this external server.
  const writes: string[] = [];
  let writing = true;
  const killWriters = Array.from({ length: 8 }, async (_, index) => {
    for (let i = 0; writing; i += 1) {
      const eventId = await recordThrough(base, editorEmail, "enforce-act", `kill writer ${index} write ${i}`)
        .then(async (response) => (response.status === 201 ? ((await response.json()) as { eventId: string }).eventId : null))
        .catch(() => null);
      if (eventId) writes.push(eventId);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await poll("writes are under way", async () => writes.length > 30);
  const killed = app;
  await new Promise<void>((resolve) => {
    killed.process.once("exit", () => resolve());
    killed.process.kill("SIGKILL");
  });
  writing = false;
  await Promise.all(killWriters);
  app = startServer(secondPort, { DATABASE_URL: url, PORT: String(secondPort), AUTH_SECRET: "system-fault-test-secret-0123456789abcdef" });
  await waitUntilReady(app);
  const checked = await expectConsistent(url, { acknowledged: [...acknowledged, ...writes], webhookId });

  say(
    `Survived: stop/start (${duringOutage.length} requests answered 503 during the outage), restart under load, kill -9 during writes (${checked.acknowledged} acknowledged writes all present, ${checked.events} events consistent).`,
  );
} finally {
  if (app) await stop(app);
  // Leave the server running whatever failed above (pg_isready: 2 means no server answers).
  if (spawnSync("pg_isready", ["-q", "-h", "127.0.0.1", "-p", "5432"]).status === 2) cluster("start");
  await dropDatabase(serverUrl, name);
}

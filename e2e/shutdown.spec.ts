import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { CLEAN_START, CRASH_RECOVERY } from "@/lib/db/testing/server-log";

import { expect, test } from "./fixtures";
import { databaseUrl, ensureEditor, postgresLog, recordChange, secondPort, startNpm, stop, waitUntilReady } from "./instances";
import { appProcesses, describeProcesses, expectEndedWithNpm, leftoverGuard, stillRunning } from "./processes";

// `npm start` and `npm run dev` as users run them, on their own embedded PostgreSQL, stopped by
// a signal to the npm process alone (as `docker stop` or systemd with KillMode=mixed does) while
// writes are under way: npm must pass the signal on and wait while the app shuts down
// gracefully, no process of the app may outlive npm, and every acknowledged write must be
// there at the next start. Writes go through the test route, which runs the back office's
// recordStatusEvent command as an editor.

let dir: string;
const leftovers = leftoverGuard();
test.beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "policy-tracker-shutdown-"));
  await chmod(dir, 0o755);
});
test.afterEach(async () => {
  leftovers.kill();
  await rm(dir, { recursive: true, force: true });
});

/** Reads a live stream to its end: the text it carried, and whether it ended cleanly. */
function readStream(url: string): { connected: Promise<void>; ended: Promise<{ text: string; clean: boolean }> } {
  let text = "";
  let onConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const ended = (async () => {
    const response = await fetch(url, { headers: { Accept: "text/event-stream" } });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader(); // a 200 event stream has a body
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return { text, clean: true };
        text += decoder.decode(value, { stream: true });
        if (text.includes(": connected")) onConnected();
      }
    } catch {
      return { text, clean: false };
    }
  })();
  return { connected, ended };
}

test("SIGTERM to `npm start` during writes: npm waits while the app finishes them and ends its streams, no process outlives npm, and the database was stopped cleanly", async () => {
  test.setTimeout(240_000);
  const dataDir = path.join(dir, "pg");
  // dash, Debian's /bin/sh, forks for a script's one command where bash execs it: the shell
  // that kept npm's signal from reaching the app (issue 16).
  let app = leftovers.track(startNpm(secondPort, dataDir, { shell: "/bin/dash" }));
  await waitUntilReady(app);
  const editor = await ensureEditor(databaseUrl(dataDir));
  const stream = readStream(`${app.url}/api/live`);
  await stream.connected;

  const acknowledged: string[] = [];
  let failures = 0;
  let writing = true;
  const writer = async (name: string) => {
    for (let i = 0; writing; i += 1) {
      try {
        acknowledged.push((await recordChange(app.url, editor, "take-it-down-act", `${name} write ${i}`)).eventId);
      } catch {
        // Refused once the server stopped accepting: expected, and never acknowledged.
        failures += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const writers = ["first", "second", "third", "fourth"].map(writer);
  await expect.poll(() => acknowledged.length).toBeGreaterThan(20);

  // This one waits before its command runs, so it is surely in flight when SIGTERM arrives.
  const slow = recordChange(app.url, editor, "enforce-act", "Slow write across the shutdown", { holdMs: 1_500 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const tree = leftovers.note(appProcesses(app, /^node .*scripts\/start\.ts$/));
  const exited = stop(app, "SIGTERM");
  const slowWrite = await slow;
  acknowledged.push(slowWrite.eventId);
  expect(await exited).toBe(0);
  await expectEndedWithNpm(tree);
  writing = false;
  await Promise.all(writers);

  const output = app.output();
  const shutdownStarted = JSON.parse(output.split("\n").find((line) => line.includes('"event":"shutdown.started"')) ?? "{}");
  expect(shutdownStarted.signal).toBe("SIGTERM");
  expect(shutdownStarted.inFlight).toBeGreaterThanOrEqual(1);
  expect(output).toMatch(/"event":"shutdown.finished".*"drained":true/);
  // The open stream was ended by the server, with the hint to reconnect in a second (elsewhere).
  const { text, clean } = await stream.ended;
  expect(clean).toBe(true);
  expect(text).toMatch(/retry: 1000\n\n$/);
  // PostgreSQL removes its pid file only on a clean shutdown, which it logs last.
  expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  expect(postgresLog(app).at(-1)).toBe("database system is shut down");

  app = leftovers.track(startNpm(secondPort, dataDir));
  await waitUntilReady(app);
  const log = postgresLog(app);
  expect(log).toContainEqual(expect.stringMatching(CLEAN_START));
  expect(log.filter((line) => CRASH_RECOVERY.test(line))).toEqual([]);
  const client = new pg.Client({ connectionString: databaseUrl(dataDir) });
  await client.connect();
  try {
    const found = await client.query<{ id: string }>('SELECT id FROM "StatusEvent" WHERE id = ANY($1)', [acknowledged]);
    expect(found.rowCount).toBe(acknowledged.length);
  } finally {
    await client.end();
  }
  expect(await stop(app)).toBe(0);
  test.info().annotations.push({
    type: "processes",
    description: `${tree.length} before SIGTERM, none after; ${acknowledged.length} writes acknowledged, ${failures} refused during shutdown`,
  });
});

test("SIGINT to `npm run dev` under bash stops the launcher, Next's dev server and the database, all before npm exits", async () => {
  test.setTimeout(240_000);
  const dataDir = path.join(dir, "pg");
  const app = leftovers.track(startNpm(secondPort, dataDir, { script: "dev", shell: "/bin/bash" }));
  await waitUntilReady(app, 180_000);
  const tree = leftovers.note(appProcesses(app, /^node .*scripts\/start\.ts --dev$/));
  expect(tree.some((process) => /\/next dev /.test(process.command))).toBe(true);

  expect(await stop(app, "SIGINT")).toBe(0);
  await expectEndedWithNpm(tree);
  expect(app.output()).toContain("Stopping: finishing requests in flight, then the database.");
  expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  expect(postgresLog(app).at(-1)).toBe("database system is shut down");
  test.info().annotations.push({ type: "processes", description: `${tree.length} before SIGINT, none after:\n${describeProcesses(tree)}` });
});

test("kill -9 of the launcher under `npm run dev`: Next's dev server and its worker go with it, and the next start stops the database left running", async () => {
  test.setTimeout(240_000);
  const dataDir = path.join(dir, "pg");
  const app = leftovers.track(startNpm(secondPort, dataDir, { script: "dev" }));
  await waitUntilReady(app, 180_000);
  const tree = leftovers.note(appProcesses(app, /^node .*scripts\/start\.ts --dev$/));
  const launcher = tree.find((process) => process.ppid === app.process.pid)!; // appProcesses checked it is there
  process.kill(launcher.pid, "SIGKILL");

  // `next dev` does not listen to the launcher's IPC channel; what stops it is the watch on its
  // parent that the launcher preloads into every child. Nothing tells PostgreSQL.
  await expect
    .poll(() => describeProcesses(stillRunning(tree).filter((process) => !process.command.includes("postgres"))), { timeout: 10_000 })
    .toBe("");
  const next = leftovers.track(startNpm(secondPort, dataDir, { script: "dev" }));
  await waitUntilReady(next, 180_000);
  expect(next.output()).toMatch(/Stopping the PostgreSQL \(pid \d+\) left running/);
  expect(describeProcesses(stillRunning(tree))).toBe("");
  expect(await stop(next)).toBe(0);
});

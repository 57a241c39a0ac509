import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { expect, test } from "./fixtures";
import { databaseUrl, ensureEditor, recordChange, secondPort, startLauncher, stop, waitUntilReady } from "./instances";

// `npm start` on its own embedded PostgreSQL, stopped with SIGTERM while writes are under way,
// then started again: every write that was acknowledged must be there. Writes go through the
// test route, which runs the back office's recordStatusEvent command as an editor.

test("SIGTERM during writes finishes them, keeps every acknowledged write and stops the database cleanly", async () => {
  test.setTimeout(240_000);
  const dir = await mkdtemp(path.join(tmpdir(), "policy-tracker-shutdown-"));
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, "pg");
  try {
    let app = startLauncher(secondPort, dataDir);
    await waitUntilReady(app);
    const editor = await ensureEditor(databaseUrl(dataDir));

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
    const exited = stop(app);
    const slowWrite = await slow;
    acknowledged.push(slowWrite.eventId);
    expect(await exited).toBe(0);
    writing = false;
    await Promise.all(writers);

    const output = app.output();
    const started = output.split("\n").find((line) => line.includes('"event":"shutdown.started"'));
    expect(JSON.parse(started ?? "{}").inFlight).toBeGreaterThanOrEqual(1);
    expect(output).toMatch(/"event":"shutdown.finished".*"drained":true/);
    // PostgreSQL removes its pid file only on a clean shutdown.
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    app = startLauncher(secondPort, dataDir);
    await waitUntilReady(app);
    const client = new pg.Client({ connectionString: databaseUrl(dataDir) });
    await client.connect();
    try {
      const found = await client.query<{ id: string }>('SELECT id FROM "StatusEvent" WHERE id = ANY($1)', [acknowledged]);
      expect(found.rowCount).toBe(acknowledged.length);
    } finally {
      await client.end();
    }
    expect(await stop(app)).toBe(0);
    test.info().annotations.push({ type: "writes", description: `${acknowledged.length} acknowledged, ${failures} refused during shutdown` });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

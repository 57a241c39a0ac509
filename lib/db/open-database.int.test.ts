import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { EmbeddedPostgresError, type ServerLogEntry } from "./embedded";
import { openDatabase } from "./open-database";
import { queryRows as query } from "./pg-client";
import { CLEAN_START, CRASH_RECOVERY } from "./testing/server-log";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "policy-tracker-open-"));
  await chmod(root, 0o755);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("openDatabase with the embedded PostgreSQL", () => {
  it("keeps rows across a stop and a start", async () => {
    const dataDir = path.join(root, "persist");
    const first = await openDatabase({ dataDir });
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
      expect((await query<{ server_version: string }>(second.url, "SHOW server_version"))[0]!.server_version).toMatch(/^18\./);
    } finally {
      await second.close();
    }
  });

  it("lets a one-off script attach to the server a running app started, and refuses a second server", async () => {
    const dataDir = path.join(root, "shared");
    const app = await openDatabase({ dataDir });
    try {
      const script = await openDatabase({ dataDir, attach: true });
      expect(script.url).toBe(app.url);
      await script.close();
      expect(await query(app.url, "SELECT 1 AS alive")).toEqual([{ alive: 1 }]);

      await expect(openDatabase({ dataDir })).rejects.toThrow(EmbeddedPostgresError);
      await expect(openDatabase({ dataDir })).rejects.toThrow(/already used by a running PostgreSQL/);
    } finally {
      await app.close();
    }
  });

  it("stops the server an app killed with kill -9 left running, and starts again on the same data", async () => {
    const dataDir = path.join(root, "orphaned");
    const killedApp = await openDatabase({ dataDir });
    await query(killedApp.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before the kill')");
    // kill -9 runs no exit hook: the server lives on, and its owner is a process that is gone.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(path.join(dataDir, "policy-tracker-owner.pid"), `${gone}\n`);

    const notices: string[] = [];
    const next = await openDatabase({ dataDir, notice: (message) => notices.push(message) });
    try {
      expect(notices).toEqual([expect.stringMatching(/^Stopping the PostgreSQL \(pid \d+\) left running on .* by an app that did not shut down/)]);
      expect(await query(next.url, "SELECT note FROM kept")).toEqual([{ note: "written before the kill" }]);
    } finally {
      await next.close();
    }
  });

  it("passes the server's log on, which tells a start after a clean stop from one after a crash", async () => {
    const dataDir = path.join(root, "server-log");
    await (await openDatabase({ dataDir })).close();

    const afterCleanStop: ServerLogEntry[] = [];
    const second = await openDatabase({ dataDir, serverLog: (entry) => afterCleanStop.push(entry) });
    await query(second.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('committed before the crash')");
    expect(afterCleanStop).toContainEqual({ severity: "LOG", message: expect.stringMatching(CLEAN_START) });
    expect(afterCleanStop.filter((entry) => CRASH_RECOVERY.test(entry.message))).toEqual([]);
    expect(afterCleanStop.at(-1)).toEqual({ severity: "LOG", message: "database system is ready to accept connections" });

    // SIGQUIT is PostgreSQL's immediate shutdown: it exits without a checkpoint, as in a crash
    // (so `second` is never closed: its server is gone).
    const pid = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    process.kill(pid, "SIGQUIT");
    await vi.waitFor(() => expect(() => process.kill(pid, 0)).toThrow(), { timeout: 30_000 });
    expect(afterCleanStop.map((entry) => entry.message)).toContain("received immediate shutdown request");

    const afterCrash: ServerLogEntry[] = [];
    const third = await openDatabase({ dataDir, serverLog: (entry) => afterCrash.push(entry) });
    try {
      expect(afterCrash.filter((entry) => CRASH_RECOVERY.test(entry.message)).length).toBeGreaterThan(0);
      expect(afterCrash.some((entry) => CLEAN_START.test(entry.message))).toBe(false);
      expect(await query(third.url, "SELECT note FROM kept")).toEqual([{ note: "committed before the crash" }]);
    } finally {
      await third.close();
    }
  });

  it("leaves a script's exit code alone after it stopped the server", async () => {
    // A failing test run sets process.exitCode and lets the event loop end; nothing the embedded
    // server installed may turn that into a success.
    const dataDir = path.join(root, "exit-code");
    const script = `
      const { openDatabase } = await import(${JSON.stringify(path.resolve("lib/db/open-database.ts"))});
      const database = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
      await database.close();
      process.exitCode = 3;
    `;
    const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(3);
  });
});

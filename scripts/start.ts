import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import type { BootstrapOutcome } from "@/lib/auth/bootstrap";
import { authSecretPath, ensureAuthSecret } from "@/lib/auth/secret-file";
import { getConfig } from "@/lib/config";
import type { ServerLogEntry } from "@/lib/db/embedded";
import { isPortInUse } from "@/lib/db/free-port";
import { openDatabase, type OpenDatabase } from "@/lib/db/open-database";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { heapLimitFlags } from "@/lib/heap-limit";
import { log, type LogLevel } from "@/lib/log";
import { watchParent } from "@/lib/parent-watch.mjs";

import { fail, say, UsageError } from "./cli";

// `npm start` (and `npm run dev`): one command from a fresh clone to a running site. It opens
// the database (embedded unless DATABASE_URL is set), migrates, seeds what is missing, makes
// sure there is an administrator, provides AUTH_SECRET, builds if there is no build, then runs
// Next.js, and on SIGINT/SIGTERM stops Next.js first and the database last. package.json runs
// it with `exec`, so that npm's child is this process and not a shell that would swallow the
// signal npm forwards (docs/decisions/0011-npm-start-forwards-signals.md).

const dev = process.argv.includes("--dev");
const nextBin = path.resolve("node_modules/next/dist/bin/next");
// Production runs our own server around Next's handler, for the page cache (scripts/serve.mjs).
const serveScript = path.resolve("scripts/serve.mjs");
const stopWithParent = pathToFileURL(path.resolve("scripts/stop-with-parent.mjs")).href;
const SHUTDOWN_GRACE_MS = 15_000;

// The IPC channel is how a child learns that the launcher died without stopping it (kill -9):
// the channel closes, and the app shuts down instead of serving on as an orphan that holds the
// port and the database (lib/live/shutdown.ts). Next's own processes (`next dev`, `next build`)
// do not listen for that, so every child also preloads a watch on its parent.
function run(command: string, args: string[], env: NodeJS.ProcessEnv, nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, ["--import", stopWithParent, ...nodeFlags, command, ...args], { stdio: ["inherit", "inherit", "inherit", "ipc"], env });
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function reportAdmin(outcome: BootstrapOutcome, port: number): void {
  switch (outcome.kind) {
    case "created":
      say(`Created the administrator ${outcome.email} from ADMIN_EMAIL and ADMIN_PASSWORD.`);
      return;
    case "updated":
      say(`Administrator ${outcome.email}: ${outcome.changes.join(", ")}.`);
      return;
    case "one-time":
      say(`First start: created the administrator ${outcome.email} with this one-time password:`);
      say(`    ${outcome.password}`);
      say(`Sign in at http://localhost:${port}/login and choose a new password. It is not shown again.`);
      return;
    case "unchanged":
      return;
  }
}

/** AUTH_SECRET from the environment, else the one kept beside the database folder. */
async function authSecret(configured: string | undefined, pgDataDir: string): Promise<string> {
  if (configured) return configured;
  const file = authSecretPath(pgDataDir);
  const { secret, created } = await ensureAuthSecret(file);
  if (created) say(`Generated AUTH_SECRET in ${file} (set AUTH_SECRET yourself when running several instances).`);
  return secret;
}

const SERVER_LOG_LEVELS: Record<string, LogLevel> = { WARNING: "warn", ERROR: "error", FATAL: "error", PANIC: "error" };

/** The embedded PostgreSQL's own log, one JSON line per entry like the app's (crash recovery shows here). */
function logServer(entry: ServerLogEntry): void {
  log(SERVER_LOG_LEVELS[entry.severity] ?? "info", "postgres.log", { severity: entry.severity, message: entry.message });
}

let database: Promise<OpenDatabase> | undefined;
let child: ChildProcess | undefined;
let stopping = false;

/** Stop Next.js (it finishes what is in flight), then the database, then exit. Idempotent. */
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null && child.signalCode === null) {
    say("Stopping: finishing requests in flight, then the database.");
    child.kill("SIGTERM");
    const timer = setTimeout(() => child?.kill("SIGKILL"), SHUTDOWN_GRACE_MS);
    await exited(child);
    clearTimeout(timer);
  }
  // A signal during start-up waits for the database to finish opening, so that it is stopped
  // rather than left running with nobody to stop it.
  const opened = await database?.catch(() => undefined);
  await opened?.close();
  process.exit(code);
}

async function main() {
  // Before anything is started, so that no signal can end this process with the database up.
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  const config = getConfig();
  // npm forwards SIGTERM and SIGINT, but if npm itself is killed (kill -9) nothing is forwarded:
  // stop as if signalled rather than serve on with nobody to stop it. Run some other way (a
  // container's main process, systemd, `nohup … &`), the launcher's life is not tied to its parent's.
  if (config.npm_lifecycle_event) {
    watchParent(() => {
      say("npm, which started this, has exited.");
      void stop(0);
    });
  }

  if (await isPortInUse(config.PORT)) {
    throw new UsageError(
      `Port ${config.PORT} is already in use. Stop whatever is using it, or choose another port: PORT=${config.PORT + 1} npm start`,
    );
  }

  database = openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.PGDATA_DIR, notice: say, serverLog: logServer });
  const opened = await database;
  if (stopping) return;
  say(opened.embeddedDataDir ? `Embedded PostgreSQL running; data in ${opened.embeddedDataDir}` : "Connected to PostgreSQL.");

  const prepared = await prepareDatabase(opened.url, { adminEmail: config.ADMIN_EMAIL, adminPassword: config.ADMIN_PASSWORD, log: say });
  if (stopping) return;
  if (prepared.migrationsApplied.length) say(`Applied ${prepared.migrationsApplied.length} migration(s).`);
  if (prepared.billsAdded.length) say(`Loaded the launch content: ${prepared.billsAdded.join(", ")}.`);
  if (!prepared.admin.ok) throw new UsageError(prepared.admin.error.message);
  reportAdmin(prepared.admin.value, config.PORT);

  const secret = await authSecret(config.AUTH_SECRET, config.PGDATA_DIR);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: opened.url,
    PORT: String(config.PORT),
    AUTH_SECRET: secret,
  };
  // The app shuts itself down on SIGTERM (lib/live/shutdown.ts): streams ended, requests in
  // flight finished, connections closed. Next's own handler would exit before the last two.
  // `next dev` does not support this, and keeps its own.
  if (!dev) env.PAGE_CACHE_MAX_MB = String(config.PAGE_CACHE_MAX_MB);
  if (!dev) env.NEXT_MANUAL_SIG_HANDLE = "true";

  if (!dev && !existsSync(".next/BUILD_ID")) {
    say("No production build yet: building (this takes a minute the first time).");
    // The build must not depend on a database, so it gets none.
    const buildEnv = { ...process.env };
    delete buildEnv.DATABASE_URL;
    const build = run(nextBin, ["build"], buildEnv);
    child = build;
    const code = await exited(build);
    if (stopping) return;
    if (code !== 0) {
      console.error("Error: `next build` failed; see its output above.");
      await stop(code);
      return;
    }
  }

  if (stopping) return;
  child = dev ? run(nextBin, ["dev", "--port", String(config.PORT)], env) : run(serveScript, [], env, heapLimitFlags(env.NODE_OPTIONS));
  void exited(child).then((code) => stop(code));
  if (await waitUntilHealthy(`http://127.0.0.1:${config.PORT}/api/health`, child)) {
    say(`Policy Tracker is running at http://localhost:${config.PORT}`);
  }
}

main().catch(async (error: unknown) => {
  // Once stopping, a failure is the shutdown pulling the database away from a start-up step.
  if (stopping) return;
  stopping = true;
  const opened = await database?.catch(() => undefined);
  await opened?.close();
  fail(error);
});

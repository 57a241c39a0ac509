import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

import pg from "pg";

import { deriveBillStage, type StoredEvent } from "@/lib/legislation/bill-stage";

import { E2E_AUTH_SECRET } from "./state";

// Helpers for tests that run more app instances beside the one Playwright starts: a second
// the app's server (what `npm start` runs: scripts/serve.mjs) on the same database, or a whole
// `npm start` of their own.

const serveScript = path.resolve("scripts/serve.mjs");

export const firstPort = Number(process.env.E2E_PORT ?? 3107);
/** The one other port these tests may use (the lead assigns two per engineer). */
export const secondPort = firstPort + 1;

/** The database URL of the Playwright server, or of an embedded cluster in `dataDir`. */
export function databaseUrl(dataDir?: string): string {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "e2e/database-url.ts", ...(dataDir ? [dataDir] : [])], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Could not find the database: ${result.stderr}`);
  return result.stdout.trim();
}

export interface Instance {
  url: string;
  process: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
}

function track(child: ChildProcess, url: string): Instance {
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { url, process: child, output: () => output };
}

/** Settings every instance of the shared e2e database runs with, as playwright.config.ts gives the first. */
export const sharedInstanceEnv = {
  ENABLE_TEST_ROUTES: "1",
  TRUST_PROXY: "loopback",
  WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "1",
  AUTH_SECRET: E2E_AUTH_SECRET,
  // Tests never ask the real official APIs; the source-watch spec turns its own pollers on.
  SOURCE_WATCH: "off",
};

/** Start the app's server on the existing build, as one more instance behind a load balancer. */
export function startServer(port: number, env: Record<string, string>): Instance {
  const child = spawn(process.execPath, [serveScript], {
    env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true", LOG_LEVEL: "info", ...sharedInstanceEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return track(child, `http://127.0.0.1:${port}`);
}

/**
 * `npm start` (or `npm run dev`) as a user runs it, on its own embedded PostgreSQL in `dataDir`.
 * `shell` is the one npm runs the script with (npm's script-shell; its default is /bin/sh);
 * `env` adds settings of the test's own.
 */
export function startNpm(
  port: number,
  dataDir: string,
  options: { script?: "start" | "dev"; shell?: string; env?: Record<string, string> } = {},
): Instance {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PGDATA_DIR: dataDir,
    ENABLE_TEST_ROUTES: "1",
    LOG_LEVEL: "info",
    // npm would otherwise ask the registry whether it is out of date.
    npm_config_update_notifier: "false",
    ...options.env,
  };
  delete env.DATABASE_URL;
  if (options.shell) env.npm_config_script_shell = options.shell;
  const args = options.script === "dev" ? ["run", "dev"] : ["start"];
  const child = spawn("npm", args, { env, stdio: ["ignore", "pipe", "pipe"] });
  return track(child, `http://127.0.0.1:${port}`);
}

/** What the embedded PostgreSQL of an `npm start` logged (the launcher passes its log on). */
export function postgresLog(instance: Instance): string[] {
  return instance
    .output()
    .split("\n")
    .filter((line) => line.includes('"event":"postgres.log"'))
    .map((line) => (JSON.parse(line) as { message: string }).message);
}

/** Resolves once /api/health answers 200 (ready: database, migrations and LISTEN). */
export async function waitUntilReady(instance: Instance, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) throw new Error(`Instance exited early:\n${instance.output()}`);
    try {
      if ((await fetch(`${instance.url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Instance at ${instance.url} was not ready in time:\n${instance.output()}`);
}

/** A signal (SIGTERM unless told), then the exit code. */
export function stop(instance: Instance, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  if (instance.process.exitCode !== null) return Promise.resolve(instance.process.exitCode);
  return new Promise((resolve) => {
    instance.process.once("exit", (code) => resolve(code));
    instance.process.kill(signal);
  });
}

/**
 * An editor account for recordChange, made directly in the instance's database (idempotent):
 * the test route records as this account, through the command's own authorisation.
 */
export async function ensureEditor(url: string): Promise<string> {
  const email = "live-test-editor@example.org";
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, role, "updatedAt") VALUES ('live-test-editor', $1, 'editor', now()) ON CONFLICT (email) DO NOTHING`,
      [email],
    );
  } finally {
    await client.end();
  }
  return email;
}

/**
 * Record a status event through an instance's test route, which runs the back office's
 * recordStatusEvent command as `editorEmail` (see ensureEditor). `liveEventId` is the change's
 * id on the live stream.
 */
export async function recordChange(
  baseUrl: string,
  editorEmail: string,
  slug: string,
  description: string,
  options: { holdMs?: number } = {},
): Promise<{ auditId: number; eventId: string; liveEventId: string }> {
  const response = await fetch(`${baseUrl}/api/testing/status-events`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ editorEmail, slug, description, ...options }),
  });
  if (response.status !== 201) throw new Error(`Recording failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { auditId: number; eventId: string; liveEventId: string };
}

/**
 * Undo what recordChange wrote into the shared e2e database: its status events go (their audit
 * rows stay: the log is append-only), each bill's stage is derived again, and every instance is
 * told, so later specs see the launch content as seeded.
 */
export async function removeRecordedChanges(url: string): Promise<void> {
  await removeEvents(url, `"sourceUrl" = 'https://example.org/test-route-source'`, []);
}

/** The same for events a test recorded otherwise (accepting a suggestion), by id. */
export async function removeEventsById(url: string, ids: readonly string[]): Promise<void> {
  await removeEvents(url, `id = ANY($1)`, [ids]);
}

async function removeEvents(url: string, where: string, params: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ billId: string }>(`DELETE FROM "StatusEvent" WHERE ${where} RETURNING "billId"`, params);
    for (const billId of new Set(rows.map((row) => row.billId))) {
      const bill = await client.query<{ slug: string; jurisdiction: string; numbers: string[]; region: string | null; session: string }>(
        `SELECT slug, jurisdiction, numbers, region, session FROM "Bill" WHERE id = $1`,
        [billId],
      );
      const events = await client.query<StoredEvent>(
        `SELECT id, path, stage, "occurredOn", "createdAt", chamber, "billNumber", "attemptFailed", body, "retractedAt", "correctsId" FROM "StatusEvent" WHERE "billId" = $1`,
        [billId],
      );
      const stored = bill.rows[0]!; // the bill the deleted events belonged to
      const { slug } = stored;
      const derived = deriveBillStage(stored, events.rows);
      await client.query(`UPDATE "Bill" SET "currentStage" = $2, "currentPath" = $3, phase = $4, "lastEventOn" = $5 WHERE id = $1`, [
        billId,
        derived.currentStage,
        derived.currentPath,
        derived.phase,
        derived.lastEventOn,
      ]);
      await client.query(
        `SELECT pg_notify('legislation', json_build_object('kind', 'test.cleanup', 'slug', $1::text, 'auditId', (SELECT max(id) FROM "AuditLog"))::text)`,
        [slug],
      );
    }
  } finally {
    await client.end();
  }
}

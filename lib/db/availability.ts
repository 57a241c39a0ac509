import "server-only";

import pg from "pg";

import { log } from "@/lib/log";
import { ownValue } from "@/lib/lookup";

import { databaseGate, type DatabaseGate } from "./availability-state";

// Telling "the database is away" (PostgreSQL restarting, failing over, unreachable) apart from
// a bug, so the instance can answer 503 with Retry-After instead of a 500 or a hang, and find
// out by itself when the database is back. See docs/decisions/0009-database-outages-and-crashes.md.

// Prisma's codes for an unreachable server, a closed connection, timeouts and an exhausted pool.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// SQLSTATE: admin/crash shutdown, "cannot connect now" (starting up or shutting down), too many
// connections; class 08 is every connection exception.
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// node-postgres reports a dead client in words only.
const MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Can't reach database server/i;

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? ownValue(value as Record<string, unknown>, name) : undefined;
}

/** Whether an error means the database could not be reached or dropped us, not that a query was wrong. */
export function isConnectionError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const code = field(current, "code");
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SQLSTATES.has(code) || SOCKET_CODES.has(code) || code.startsWith("08"))) {
      return true;
    }
    const kind = field(current, "kind");
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    const message = field(current, "message");
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    queue.push(field(current, "cause"), field(field(current, "meta"), "driverAdapterError"));
  }
  return false;
}

export interface GateOptions {
  connectionString: string;
  /** Whether the LISTEN connection is up: while it is, the database surely answers. */
  listening: () => boolean;
  /** How long one probe's answer stands for every request. */
  probeEveryMs?: number;
  probeTimeoutMs?: number;
  /** Whether the database answers; by default a connection of its own runs SELECT 1. */
  probe?: () => Promise<boolean>;
}

/** Connect and SELECT 1 on a connection of its own, outside the pool (which may be full). */
async function selectOne(connectionString: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The gate proxy.ts consults before every request. While LISTEN is connected and no request
 * has just lost its connection, it answers at once without touching the database. Otherwise
 * one probe at a time decides, and its answer stands for `probeEveryMs`: during an outage every
 * request is refused fast, and within a second of the database's return requests flow again,
 * without waiting for LISTEN's back-off.
 */
export function createDatabaseGate(options: GateOptions): DatabaseGate {
  const probeEveryMs = options.probeEveryMs ?? 1_000;
  const probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
  const probe = options.probe ?? (() => selectOne(options.connectionString, probeTimeoutMs));
  let suspected = false;
  let last: { at: number; reachable: boolean } | undefined;
  let running: Promise<boolean> | undefined;
  let reportedDown = false;

  const check = (): Promise<boolean> => {
    if (last && Date.now() - last.at < probeEveryMs) return Promise.resolve(last.reachable);
    running ??= probe().then((reachable) => {
      last = { at: Date.now(), reachable };
      running = undefined;
      if (reachable) suspected = false;
      if (reachable === reportedDown) {
        reportedDown = !reachable;
        log(reachable ? "info" : "warn", reachable ? "db.available" : "db.unavailable");
      }
      return reachable;
    });
    return running;
  };

  return {
    async isUnavailable() {
      if (options.listening()) {
        if (!suspected) return false;
        // LISTEN connected since that answer was given: it is out of date.
        if (last && !last.reachable) last = undefined;
      }
      return !(await check());
    },
    suspect() {
      suspected = true;
      // A "reachable" answer is no longer to be trusted; an "unreachable" one still is.
      if (last?.reachable) last = undefined;
    },
  };
}

/** Call where a request failed: if the database was the cause, the gate checks before the next. */
export function reportIfConnectionError(error: unknown): boolean {
  if (!isConnectionError(error)) return false;
  databaseGate()?.suspect();
  return true;
}

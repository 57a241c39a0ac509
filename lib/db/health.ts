import "server-only";

import { db } from "./client";
import { listPendingMigrations } from "./migrate";

export interface Health {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  migrations: "ok" | "pending" | "unknown";
  pendingMigrations?: string[];
}

const PROBE_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref()),
  ]);
}

/** Readiness: the database answers and every migration on disk is applied. */
export async function checkHealth(): Promise<Health> {
  try {
    await withTimeout(db.$queryRaw`SELECT 1`, PROBE_TIMEOUT_MS);
  } catch {
    return { status: "unavailable", database: "unreachable", migrations: "unknown" };
  }
  try {
    const pending = await listPendingMigrations((sql) => db.$queryRawUnsafe(sql));
    return pending.length === 0
      ? { status: "ok", database: "ok", migrations: "ok" }
      : { status: "unavailable", database: "ok", migrations: "pending", pendingMigrations: pending };
  } catch {
    return { status: "unavailable", database: "ok", migrations: "unknown" };
  }
}

import "server-only";

import { getConfig } from "@/lib/config";

// One JSON line per event on stdout, so any log collector can parse it. Never log personal data
// (subscriber addresses, passwords, tokens): pass ids instead.

const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof levels;

export function log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  let threshold: LogLevel = "info";
  try {
    threshold = getConfig().LOG_LEVEL;
  } catch {
    // A broken configuration is reported elsewhere; keep logging at the default level.
  }
  if (levels[level] < levels[threshold]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

/** Log an unexpected error with its request id; users see a generic message instead. */
export function logError(event: string, error: unknown, fields: Record<string, unknown> = {}): void {
  const detail = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
  log("error", event, { ...fields, error: detail });
}

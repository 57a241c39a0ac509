import { readFileSync } from "node:fs";
import path from "node:path";

// e2e/server.ts records where the app under test keeps its data; fixtures read it to create
// users and content directly in that database. Nothing here may import a `server-only` module:
// Playwright's workers do not run with the react-server condition.

export const E2E_STATE_FILE = path.resolve("test-results/e2e-state.json");

export function e2eDatabaseUrl(): string {
  const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string | null };
  if (!state.databaseUrl) throw new Error("The e2e server's database is not running.");
  return state.databaseUrl;
}

/**
 * The AUTH_SECRET of every instance on the shared e2e database, as production instances share
 * one: sessions, device cookies and live-update ids made by one are read by the others.
 */
export const E2E_AUTH_SECRET = "e2e-instances-share-this-auth-secret-0123456789";

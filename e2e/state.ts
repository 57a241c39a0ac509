import { readFileSync } from "node:fs";
import path from "node:path";

import { runningEmbeddedUrl } from "@/lib/db/embedded";
import { EMBEDDED_DATABASE_NAME } from "@/lib/db/open-database";

// e2e/server.ts records where the app under test keeps its data; fixtures read it to create
// users and content directly in that database.

export const E2E_STATE_FILE = path.resolve("test-results/e2e-state.json");

export function e2eDatabaseUrl(): string {
  const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string | null; pgDataDir: string | null };
  const url = state.databaseUrl ?? (state.pgDataDir ? runningEmbeddedUrl(state.pgDataDir, EMBEDDED_DATABASE_NAME) : null);
  if (!url) throw new Error("The e2e server's database is not running.");
  return url;
}

import { ConfigError, getConfig } from "@/lib/config";
import { DatabaseUnavailableError } from "@/lib/db/connection-check";
import { EmbeddedPostgresError } from "@/lib/db/embedded";
import { MigrationError } from "@/lib/db/migrate";
import { openDatabase, type OpenDatabase } from "@/lib/db/open-database";

// Shared by the scripts behind `npm start` and `npm run db:*`: errors a person can act on are
// printed as one sentence; anything else is a bug and keeps its stack trace.

const EXPECTED = [ConfigError, DatabaseUnavailableError, EmbeddedPostgresError, MigrationError];

export class UsageError extends Error {}

export function fail(error: unknown): never {
  if (error instanceof UsageError || EXPECTED.some((kind) => error instanceof kind)) {
    console.error(`Error: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}

export function say(message: string): void {
  console.log(`[policy-tracker] ${message}`);
}

/**
 * Open the configured database (or the embedded one) for a one-off command, then close it.
 * When `npm start` is already running the embedded database, use that server rather than
 * trying to start a second one on the same folder.
 */
export async function withDatabase<T>(run: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const config = getConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.PGDATA_DIR, attach: true });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

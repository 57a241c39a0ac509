import "server-only";

import { checkConnection } from "./connection-check";
import { ensureDatabase, runningEmbeddedUrl, startEmbeddedPostgres, type ServerLogEntry } from "./embedded";

export const EMBEDDED_DATABASE_NAME = "policy_tracker";

export interface OpenDatabase {
  url: string;
  /** Set when this process started an embedded PostgreSQL that it must stop. */
  embeddedDataDir?: string;
  close(): Promise<void>;
}

/**
 * The database the app should use: DATABASE_URL when given, else an embedded PostgreSQL whose
 * data lives in dataDir. Throws DatabaseUnavailableError or EmbeddedPostgresError, each with
 * one sentence a person can act on.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  /** Use the embedded server a running app already started from dataDir (one-off scripts). */
  attach?: boolean;
  /** Told about anything done on the way, such as stopping a server a killed app left running. */
  notice?: (message: string) => void;
  /** Given each line an embedded server logs while it runs. */
  serverLog?: (entry: ServerLogEntry) => void;
}): Promise<OpenDatabase> {
  const running = options.attach && !options.databaseUrl ? runningEmbeddedUrl(options.dataDir, EMBEDDED_DATABASE_NAME) : null;
  const url = options.databaseUrl ?? running;
  if (url) {
    await checkConnection(url);
    return { url, close: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: options.dataDir, notice: options.notice, serverLog: options.serverLog });
  try {
    await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.urlFor(EMBEDDED_DATABASE_NAME), embeddedDataDir: options.dataDir, close: () => server.stop() };
}

import "server-only";

import pg from "pg";

export class DatabaseUnavailableError extends Error {}

function describeTarget(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}/${decodeURIComponent(parsed.pathname.slice(1))}`;
}

function explain(error: unknown, url: string): string {
  const target = describeTarget(url);
  const code = (error as { code?: string }).code;
  const user = decodeURIComponent(new URL(url).username || "postgres");
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${target}: the connection was refused. Is the server running on that host and port?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL at ${target}: the host name does not resolve. Check the host in DATABASE_URL.`;
    case "ETIMEDOUT":
      return `Cannot reach PostgreSQL at ${target}: the connection timed out. Check the host, port and firewall.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${target} refused user "${user}": check the user name and password in DATABASE_URL.`;
    case "3D000":
      return `The database in DATABASE_URL does not exist on ${target}. Create it (createdb) or point DATABASE_URL at an existing one.`;
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return `Cannot use PostgreSQL at ${target}: ${reason}.`;
    }
  }
}

/** Connect once to prove the database is usable; throws a one-sentence explanation if not. */
export async function checkConnection(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new DatabaseUnavailableError(explain(error, url));
  } finally {
    await client.end().catch(() => undefined);
  }
}

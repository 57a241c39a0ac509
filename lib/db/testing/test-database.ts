import { randomBytes } from "node:crypto";

import pg from "pg";

// Each test file gets its own database, cloned from a template that was migrated once per run
// (CREATE DATABASE … TEMPLATE), so files run in parallel and never see each other's rows.

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

export async function createDatabase(serverUrl: string, database: string, template?: string): Promise<string> {
  await withClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quote(database)}${template ? ` TEMPLATE ${quote(template)}` : ""}`),
  );
  return urlForDatabase(serverUrl, database);
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`));
}

/** A fresh, empty database on the test server; drop it with the returned function. */
export async function createScratchDatabase(
  serverUrl: string,
  template?: string,
): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = uniqueName("pt_test");
  const url = await createDatabase(serverUrl, name, template);
  return { url, name, drop: () => dropDatabase(serverUrl, name) };
}

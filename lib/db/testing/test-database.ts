import { randomBytes } from "node:crypto";

import { afterEach, inject } from "vitest";

import { withPgClient } from "../pg-client";

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

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

export async function createDatabase(serverUrl: string, database: string, template?: string): Promise<string> {
  await withPgClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quote(database)}${template ? ` TEMPLATE ${quote(template)}` : ""}`),
  );
  return urlForDatabase(serverUrl, database);
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await withPgClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`));
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

/** For a test file that needs empty databases of its own: each is dropped after its test. */
export function scratchDatabases(): { fresh: () => Promise<string> } {
  const drops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(drops.splice(0).map((drop) => drop()));
  });
  return {
    async fresh() {
      const database = await createScratchDatabase(inject("testServerUrl"));
      drops.push(database.drop);
      return database.url;
    },
  };
}

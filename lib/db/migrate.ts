import "server-only";

import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import pg from "pg";

// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's schema
// engine (which cannot be downloaded offline). See docs/decisions/0001-offline-migrations.md.

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

// Any constant works; it only has to be the same in every instance of this app.
const MIGRATION_LOCK_KEY = 72_616_913_001;

// Prisma's own DDL for its bookkeeping table, so `prisma migrate status` agrees with us.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

export interface MigrationFile {
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** The migrations on disk, oldest first. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  // Read at run time from the project folder, never bundled or traced.
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(/*turbopackIgnore: true*/ dir, name, "migration.sql");
      const bytes = await readFile(file);
      return {
        name,
        file: path.relative(process.cwd(), file),
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    }),
  );
}

/** Check what is applied against what is on disk; returns the migrations still to apply. */
export function pendingMigrations(files: MigrationFile[], applied: AppliedRow[]): MigrationFile[] {
  const done = new Map<string, AppliedRow>();
  for (const row of applied) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but did not finish. Fix the database by hand, then mark it rolled back (prisma migrate resolve --rolled-back ${row.migration_name}).`,
      );
    }
    done.set(row.migration_name, row);
  }
  for (const [name, row] of done) {
    const file = files.find((candidate) => candidate.name === name);
    if (!file) {
      throw new MigrationError(
        `The database has migration ${name}, which is not in prisma/migrations. Is this checkout older than the database?`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `${file.file} was changed after it was applied. Restore the file as it was, and put the change in a new migration.`,
      );
    }
  }
  return files.filter((file) => !done.has(file.name));
}

/**
 * Apply pending migrations under an advisory lock, each in its own transaction, recording them
 * in _prisma_migrations exactly as Prisma does. Safe to run from several instances at once.
 */
export async function migrate(
  databaseUrl: string,
  options: {
    dir?: string;
    log?: (message: string) => void;
    /** Apply only these migrations (a restore rebuilds the schema a backup was taken at). */
    only?: string[];
  } = {},
): Promise<string[]> {
  const files = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "started_at"`,
    );
    const pending = pendingMigrations(files, rows).filter(
      (migration) => !options.only || options.only.includes(migration.name),
    );
    for (const migration of pending) {
      options.log?.(`Applying migration ${migration.name}`);
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count")
           VALUES ($1, $2, clock_timestamp(), $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${migration.file} failed and was rolled back: ${reason}`);
      }
    }
    return pending.map((migration) => migration.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** Names of migrations on disk that the database has not applied (for /api/health). */
export async function listPendingMigrations(query: (sql: string) => Promise<AppliedRow[]>): Promise<string[]> {
  const files = await readMigrations();
  const applied = await query(
    `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`,
  ).catch(() => []);
  return pendingMigrations(files, applied).map((migration) => migration.name);
}

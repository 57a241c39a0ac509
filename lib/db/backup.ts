import "server-only";

import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile, chmod } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";

import pg from "pg";

import { ownValue } from "@/lib/lookup";

import { migrate, MIGRATIONS_DIR, readMigrations } from "./migrate";
import { withPgClient } from "./pg-client";

// Backups through SQL, because no pg_dump matches the embedded PostgreSQL 18 (Debian ships 15).
// A backup is gzipped JSON lines: a header, then one line per row of every table, all read in
// one REPEATABLE READ transaction so the copy is consistent, then the small files kept beside
// the database (the generated AUTH_SECRET). Restore replays the backup's migrations into an
// empty database, loads the rows in foreign-key order, then applies any newer migrations.

export const BACKUP_FORMAT = "policy-tracker-backup/1";
const BATCH = 1000;
const SKIPPED_TABLES = new Set(["_prisma_migrations"]);

export class BackupError extends Error {}

type Line =
  | { type: "header"; format: string; createdAt: string; migrations: string[]; tables: string[] }
  | { type: "row"; table: string; row: Record<string, unknown> }
  | { type: "file"; name: string; base64: string };

async function listTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  return rows.map((row) => row.name).filter((name) => !SKIPPED_TABLES.has(name));
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const tables = await listTables(client);
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const row of rows) {
    const child = unquote(row.child);
    const parent = unquote(row.parent);
    if (child !== parent) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const visit = (table: string, trail: Set<string>) => {
    if (ordered.includes(table) || trail.has(table)) return;
    trail.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, trail);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!exists.rows[0]?.present) return [];
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

async function* backupLines(url: string, dataFolder: string | null): AsyncGenerator<Line> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInDependencyOrder(client);
    yield {
      type: "header",
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      tables,
    };
    for (const table of tables) {
      const cursor = `backup_${tables.indexOf(table)}`;
      await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t) AS row FROM "${table}" t`);
      for (;;) {
        const { rows } = await client.query<{ row: Record<string, unknown> }>(`FETCH ${BATCH} FROM ${cursor}`);
        for (const { row } of rows) yield { type: "row", table, row };
        if (rows.length < BATCH) break;
      }
      await client.query(`CLOSE ${cursor}`);
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  if (dataFolder && existsSync(dataFolder)) {
    for (const entry of await readdir(dataFolder, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const content = await readFile(path.join(dataFolder, entry.name));
      yield { type: "file", name: entry.name, base64: content.toString("base64") };
    }
  }
}

/**
 * Write a consistent backup of the database (and the regular files in `dataFolder`, such as a
 * generated AUTH_SECRET) to `file`. Returns the number of rows written.
 */
export async function backupDatabase(url: string, file: string, dataFolder: string | null): Promise<{ rows: number; files: number }> {
  const counts = { rows: 0, files: 0 };
  const source = Readable.from(
    (async function* () {
      for await (const line of backupLines(url, dataFolder)) {
        if (line.type === "row") counts.rows += 1;
        if (line.type === "file") counts.files += 1;
        yield `${JSON.stringify(line)}\n`;
      }
    })(),
  );
  await pipeline(source, createGzip(), createWriteStream(file, { mode: 0o600 }));
  return counts;
}

async function readLines(file: string): Promise<AsyncIterable<string>> {
  if (!existsSync(file) || !(await stat(file)).isFile()) throw new BackupError(`No backup file at ${file}.`);
  return createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
}

/** The columns a restore writes: generated ones (search vectors) are rebuilt by PostgreSQL. */
async function writableColumns(client: pg.Client, table: string): Promise<string> {
  const { rows } = await client.query<{ column: string }>(
    `SELECT attname AS column FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
     ORDER BY attnum`,
    [`"${table}"`],
  );
  return rows.map((row) => `"${row.column}"`).join(", ");
}

async function insertBatch(client: pg.Client, table: string, columns: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    [JSON.stringify(rows)],
  );
}

/** Rows of a self-referencing table, parents before children (corrections after what they correct). */
function parentsFirst(rows: Record<string, unknown>[], selfKeys: string[]): Record<string, unknown>[] {
  if (selfKeys.length === 0) return rows;
  const placed = new Set<unknown>();
  const ordered: Record<string, unknown>[] = [];
  let remaining = rows;
  while (remaining.length) {
    const ready = remaining.filter((row) => selfKeys.every((key) => ownValue(row, key) == null || placed.has(ownValue(row, key))));
    if (ready.length === 0) throw new BackupError("The backup has a reference cycle it cannot restore.");
    for (const row of ready) {
      placed.add(row.id);
      ordered.push(row);
    }
    remaining = remaining.filter((row) => !ready.includes(row));
  }
  return ordered;
}

async function selfReferencingColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column: string }>(
    `SELECT a.attname AS column FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
     WHERE c.contype = 'f' AND c.conrelid = $1::regclass AND c.confrelid = c.conrelid`,
    [`"${table}"`],
  );
  return rows.map((row) => row.column);
}

/**
 * Restore a backup into an empty database (no tables, or migrated with every table empty):
 * replay the backup's migrations, load its rows, then apply the migrations that are newer than
 * the backup. Files of the data folder are written back into `dataFolder`.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: { dataFolder: string | null; migrationsDir?: string; log?: (message: string) => void },
): Promise<{ rows: number; applied: string[] }> {
  const lines = await readLines(file);
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as Line);
  if (!header || header.type !== "header" || header.format !== BACKUP_FORMAT) {
    throw new BackupError(`${file} is not a Policy Tracker backup (expected ${BACKUP_FORMAT}).`);
  }

  const onDisk = (await readMigrations(options.migrationsDir ?? MIGRATIONS_DIR)).map((migration) => migration.name);
  const unknown = header.migrations.filter((name) => !onDisk.includes(name));
  if (unknown.length) {
    throw new BackupError(`The backup needs migrations this checkout lacks (${unknown.join(", ")}): restore it with a newer version of the app.`);
  }

  await withPgClient(url, async (client) => {
    const applied = await appliedMigrations(client);
    const tables = await listTables(client);
    for (const table of tables) {
      const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS filled`);
      if (rows[0]?.filled) {
        throw new BackupError(`The target database is not empty (table ${table} has rows). Restore into an empty database, e.g. after npm run db:reset -- --yes.`);
      }
    }
    if (!applied.every((name, index) => header.migrations[index] === name)) {
      throw new BackupError("The target database has migrations the backup does not: restore into an empty database.");
    }
  });

  // Rebuild the schema exactly as it was when the backup was taken.
  const backupLevel = onDisk.filter((name) => header.migrations.includes(name));
  const prefixDir = options.migrationsDir ?? MIGRATIONS_DIR;
  await migrate(url, { dir: prefixDir, only: backupLevel });

  let rows = 0;
  const files: { name: string; base64: string }[] = [];
  await withPgClient(url, async (client) => {
    await client.query("BEGIN");
    try {
      let table: string | null = null;
      let pending: Record<string, unknown>[] = [];
      const flush = async () => {
        if (!table) return;
        const selfKeys = await selfReferencingColumns(client, table);
        const columns = await writableColumns(client, table);
        const ordered = parentsFirst(pending, selfKeys);
        for (let start = 0; start < ordered.length; start += BATCH) {
          await insertBatch(client, table, columns, ordered.slice(start, start + BATCH));
        }
        rows += ordered.length;
        pending = [];
      };
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const line = JSON.parse(next.value) as Line;
        if (line.type === "row") {
          if (line.table !== table) {
            await flush();
            table = line.table;
          }
          pending.push(line.row);
        } else if (line.type === "file") {
          files.push(line);
        }
      }
      await flush();
      // Serial columns continue after the restored ids.
      const { rows: serials } = await client.query<{ table: string; column: string }>(
        `SELECT c.relname AS table, a.attname AS column FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
           AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL`,
      );
      for (const serial of serials) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max("${serial.column}") FROM "${serial.table}"), 0) + 1, false)`,
          [`"${serial.table}"`, serial.column],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });

  if (options.dataFolder) {
    for (const entry of files) {
      const target = path.join(options.dataFolder, path.basename(entry.name));
      await writeFile(target, Buffer.from(entry.base64, "base64"), { mode: 0o600 });
      await chmod(target, 0o600);
    }
  }

  const applied = await migrate(url, { dir: prefixDir, log: options.log });
  return { rows, applied };
}

import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { migrate, MigrationError, readMigrations } from "./migrate";
import { queryRows as query } from "./pg-client";
import { scratchDatabases } from "./testing/test-database";

const scratch = scratchDatabases();
const emptyDatabase = scratch.fresh;

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await cp("prisma/migrations", dir, { recursive: true });
  return dir;
}

// Every migration in prisma/migrations, oldest first: the list grows with each schema change.
const onDisk = (await readMigrations()).map((migration) => migration.name);

describe("migration runner", () => {
  it("records each migration in _prisma_migrations the way Prisma does", async () => {
    const url = await emptyDatabase();
    const applied = await migrate(url);
    expect(applied).toEqual(onDisk);
    expect(applied[0]).toBe("20261125000000_init");

    const rows = await query<{
      id: string;
      checksum: string;
      migration_name: string;
      finished_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
      rolled_back_at: Date | null;
    }>(url, `SELECT * FROM "_prisma_migrations" ORDER BY "migration_name"`);
    const sql = await readFile("prisma/migrations/20261125000000_init/migration.sql");
    expect(rows).toHaveLength(onDisk.length);
    expect(rows[0]).toMatchObject({
      migration_name: "20261125000000_init",
      checksum: createHash("sha256").update(sql).digest("hex"),
      applied_steps_count: 1,
      logs: null,
      rolled_back_at: null,
    });
    expect(rows[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0]!.finished_at).toBeInstanceOf(Date);
  });

  it("applies nothing the second time", async () => {
    const url = await emptyDatabase();
    await migrate(url);
    expect(await migrate(url)).toEqual([]);
  });

  it("lets two instances migrate at once, applying each migration exactly once", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    expect(results.flat().sort()).toEqual(onDisk);
    const rows = await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`);
    expect(rows[0]!.count).toBe(String(onDisk.length));
  });

  it("refuses to run when an applied migration's file was changed, naming the file", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const file = path.join(dir, "20261125000000_init", "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- an edit after the fact\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(/20261125000000_init\/migration\.sql was changed after it was applied/);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    await mkdir(path.join(dir, "29991231000000_broken"));
    await writeFile(
      path.join(dir, "29991231000000_broken", "migration.sql"),
      `CREATE TABLE "Half" ("id" INTEGER);\nSELECT 1/0;\n`,
    );
    await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
    const tables = await query<{ exists: boolean }>(url, `SELECT to_regclass('"Half"') IS NOT NULL AS exists`);
    expect(tables[0]!.exists).toBe(false);
    const names = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY "migration_name"`);
    expect(names.map((row) => row.migration_name)).toEqual(onDisk);
  });

  it("keeps the audit log append-only", async () => {
    const url = process.env.DATABASE_URL!;
    await query(url, `INSERT INTO "AuditLog" ("action", "entityType", "entityId") VALUES ('test.done', 'test', '1')`);
    await expect(query(url, `UPDATE "AuditLog" SET "action" = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(query(url, `DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
  });
});

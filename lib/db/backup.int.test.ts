import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { seed } from "@/prisma/seed/seed";

import { backupDatabase, BackupError, restoreDatabase } from "./backup";
import { queryRows, withPgClient } from "./pg-client";
import { actualShape } from "./testing/schema-drift";
import { scratchDatabases } from "./testing/test-database";

const emptyDatabase = scratchDatabases().fresh;

/** Every row of every table, sorted, as text: what a faithful restore must reproduce. */
async function contents(url: string): Promise<Record<string, string[]>> {
  return withPgClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY relname`,
    );
    const result: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`);
      result[name] = rows.map((row) => row.row).sort();
    }
    return result;
  });
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "policy-tracker-backup-"));
  await seed(db);
  const bill = await db.bill.findUniqueOrThrow({ where: { slug: "stop-csam-act" }, include: { events: true } });
  const corrected = bill.events[0]!;
  await db.statusEvent.create({
    data: {
      billId: bill.id,
      path: corrected.path,
      stage: corrected.stage,
      occurredOn: corrected.occurredOn,
      description: "A correction, so the self-reference is exercised",
      sourceUrl: corrected.sourceUrl,
      sourceKind: corrected.sourceKind,
      correctsId: corrected.id,
    },
  });
});

describe("backup and restore", () => {
  it("round-trips every table, row for row, with the data folder's files", async () => {
    const source = process.env.DATABASE_URL!;
    const dataFolder = path.join(work, "data");
    await mkdir(dataFolder);
    await writeFile(path.join(dataFolder, "auth-secret"), "s3cret\n");
    const file = path.join(work, "backup.jsonl.gz");
    const written = await backupDatabase(source, file, dataFolder);
    expect(written.rows).toBeGreaterThan(30);
    expect(written.files).toBe(1);

    const target = await emptyDatabase();
    const restoredFolder = path.join(work, "restored");
    await mkdir(restoredFolder);
    const result = await restoreDatabase(target, file, { dataFolder: restoredFolder });
    expect(result.rows).toBe(written.rows);
    expect(await contents(target)).toEqual(await contents(source));
    expect(await readFile(path.join(restoredFolder, "auth-secret"), "utf8")).toBe("s3cret\n");

    // Serial ids continue after the restored ones.
    const rows = await queryRows<{ id: number }>(
      target,
      `INSERT INTO "AuditLog" ("action", "entityType", "entityId") VALUES ('test.after', 'test', '1') RETURNING id`,
    );
    const max = await db.auditLog.aggregate({ _max: { id: true } });
    expect(rows[0]!.id).toBeGreaterThan(max._max.id ?? 0);
  });

  it("applies migrations newer than the backup after loading its rows", async () => {
    const file = path.join(work, "older.jsonl.gz");
    await backupDatabase(process.env.DATABASE_URL!, file, null);
    const migrations = path.join(work, "newer-migrations");
    await cp("prisma/migrations", migrations, { recursive: true });
    await mkdir(path.join(migrations, "20991231000000_newer"));
    await writeFile(
      path.join(migrations, "20991231000000_newer", "migration.sql"),
      `ALTER TABLE "Bill" ADD COLUMN "newerField" TEXT NOT NULL DEFAULT 'added later';\n`,
    );

    const target = await emptyDatabase();
    const result = await restoreDatabase(target, file, { dataFolder: null, migrationsDir: migrations });
    expect(result.applied).toEqual(["20991231000000_newer"]);
    const shape = await actualShape(target);
    expect(shape.tables.Bill?.columns.newerField).toBeDefined();
    const rows = await queryRows<{ count: string }>(target, `SELECT count(*) FROM "Bill" WHERE "newerField" = 'added later'`);
    expect(Number(rows[0]!.count)).toBe(await db.bill.count());
  });

  it("refuses to restore over data, and refuses what is not a backup", async () => {
    const file = path.join(work, "again.jsonl.gz");
    await backupDatabase(process.env.DATABASE_URL!, file, null);
    await expect(restoreDatabase(process.env.DATABASE_URL!, file, { dataFolder: null })).rejects.toThrow(/not empty/);
    const bogus = path.join(work, "bogus.gz");
    const { gzipSync } = await import("node:zlib");
    await writeFile(bogus, gzipSync('{"hello":"world"}\n'));
    await expect(restoreDatabase(await emptyDatabase(), bogus, { dataFolder: null })).rejects.toThrow(BackupError);
  });
});

import { describe, expect, it } from "vitest";

import { bills, statistics } from "@/prisma/seed/content";

import { readMigrations } from "./migrate";
import { queryRows } from "./pg-client";
import { prepareDatabase, type Prepared } from "./prepare-database";
import { scratchDatabases } from "./testing/test-database";

// Several instances started at once on one empty database (a deploy that starts three
// replicas, or two `npm start` by mistake): each runs the whole start-up preparation on its own
// connections, as separate processes would. Exactly one of them may apply each migration, seed
// each bill and create the administrator; none may fail.

const INSTANCES = 4;
const databases = scratchDatabases();

async function counts(url: string) {
  const [row] = await queryRows<{ migrations: number; bills: number; slugs: number; statistics: number; users: number; admins: number }>(
    url,
    `SELECT (SELECT count(*)::int FROM "_prisma_migrations") AS migrations,
            (SELECT count(*)::int FROM "Bill") AS bills,
            (SELECT count(DISTINCT slug)::int FROM "Bill") AS slugs,
            (SELECT count(*)::int FROM "Statistic") AS statistics,
            (SELECT count(*)::int FROM "User") AS users,
            (SELECT count(*)::int FROM "User" WHERE role = 'admin') AS admins`,
  );
  return row;
}

function startAll(url: string, options: Parameters<typeof prepareDatabase>[1]): Promise<Prepared[]> {
  return Promise.all(Array.from({ length: INSTANCES }, () => prepareDatabase(url, options)));
}

describe("instances starting at once on an empty database", () => {
  it("migrate, seed and create the one-time administrator exactly once between them", async () => {
    const url = await databases.fresh();
    const results = await startAll(url, {});

    const migrations = await readMigrations();
    expect(results.flatMap((result) => result.migrationsApplied).sort()).toEqual(migrations.map((migration) => migration.name).sort());
    expect(results.flatMap((result) => result.billsAdded).sort()).toEqual(bills.map((bill) => bill.slug).sort());
    const admins = results.map((result) => (result.admin.ok ? result.admin.value.kind : result.admin.error.code));
    expect(admins.filter((kind) => kind === "one-time")).toHaveLength(1);
    expect(admins.filter((kind) => kind === "unchanged")).toHaveLength(INSTANCES - 1);
    expect(await counts(url)).toEqual({
      migrations: migrations.length,
      bills: bills.length,
      slugs: bills.length,
      statistics: statistics.length,
      users: 1,
      admins: 1,
    });
  });

  it("create the ADMIN_EMAIL account once and leave it alone in the others", async () => {
    const url = await databases.fresh();
    const results = await startAll(url, { adminEmail: "Owner@Example.org", adminPassword: "a long passphrase for the owner" });

    const admins = results.map((result) => (result.admin.ok ? result.admin.value.kind : result.admin.error.message));
    expect(admins.filter((kind) => kind === "created")).toHaveLength(1);
    expect(admins.filter((kind) => kind === "unchanged")).toHaveLength(INSTANCES - 1);
    expect(await counts(url)).toMatchObject({ bills: bills.length, users: 1, admins: 1 });
    const audit = await queryRows<{ action: string }>(url, `SELECT action FROM "AuditLog" WHERE "entityType" = 'user'`);
    expect(audit.map((row) => row.action)).toEqual(["user.created"]);
  });
});

import { describe, expect, it } from "vitest";

import { MigrationError, pendingMigrations, type MigrationFile } from "./migrate";

const file = (name: string, checksum: string): MigrationFile => ({
  name,
  file: `prisma/migrations/${name}/migration.sql`,
  sql: "",
  checksum,
});
const applied = (name: string, checksum: string) => ({
  migration_name: name,
  checksum,
  finished_at: new Date(),
  rolled_back_at: null,
});

describe("pendingMigrations", () => {
  it("returns the files not yet applied, in order", () => {
    const files = [file("1_a", "x"), file("2_b", "y"), file("3_c", "z")];
    expect(pendingMigrations(files, [applied("1_a", "x")]).map((m) => m.name)).toEqual(["2_b", "3_c"]);
  });

  it("refuses an applied migration whose file changed, naming the file", () => {
    expect(() => pendingMigrations([file("1_a", "changed")], [applied("1_a", "x")])).toThrow(
      /prisma\/migrations\/1_a\/migration\.sql was changed after it was applied/,
    );
  });

  it("refuses a migration that started but never finished", () => {
    const unfinished = { ...applied("1_a", "x"), finished_at: null };
    expect(() => pendingMigrations([file("1_a", "x")], [unfinished])).toThrow(MigrationError);
  });

  it("refuses a database that has a migration this checkout lacks", () => {
    expect(() => pendingMigrations([], [applied("9_z", "x")])).toThrow(/not in prisma\/migrations/);
  });

  it("re-applies a migration that was rolled back", () => {
    const rolledBack = { ...applied("1_a", "x"), finished_at: null, rolled_back_at: new Date() };
    expect(pendingMigrations([file("1_a", "x")], [rolledBack]).map((m) => m.name)).toEqual(["1_a"]);
  });
});

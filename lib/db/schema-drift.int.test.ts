import { readFile } from "node:fs/promises";

import pg from "pg";
import { describe, expect, inject, it } from "vitest";

import { migrate } from "./migrate";
import { actualShape, expectedShape, parseSchema } from "./testing/schema-drift";
import { createScratchDatabase } from "./testing/test-database";

const schemaText = await readFile("prisma/schema.prisma", "utf8");

describe("migrations and schema.prisma", () => {
  it("produce the same database: tables, columns, types, nullability, defaults, keys, indexes and enums", async () => {
    const database = await createScratchDatabase(inject("testServerUrl"));
    try {
      await migrate(database.url);
      const actual = await actualShape(database.url);
      expect(actual).toEqual(expectedShape(parseSchema(schemaText)));
    } finally {
      await database.drop();
    }
  });

  it("notices a column type changed in the schema without a migration", async () => {
    const changed = schemaText.replace(/occurredOn\s+DateTime\s+@db\.Date/, "occurredOn DateTime @db.Timestamptz(3)");
    expect(changed).not.toBe(schemaText);
    const actual = await actualShape(process.env.DATABASE_URL!);
    expect(actual).not.toEqual(expectedShape(parseSchema(changed)));
    expect(actual.tables.StatusEvent?.columns.occurredOn?.type).toBe("date");
  });

  it("reads generated search columns from the schema and notices when their expression drifts", async () => {
    const actual = await actualShape(process.env.DATABASE_URL!);
    expect(actual.tables.Bill?.columns.searchVector).toMatchObject({ type: "tsvector", generated: "stored" });
    expect(actual.tables.Bill?.indexes.Bill_searchVector_idx).toEqual({ columns: ["searchVector"], unique: false, method: "gin" });

    const changed = schemaText.replace("to_tsvector('english'::regconfig, description)", "to_tsvector('simple'::regconfig, description)");
    expect(changed).not.toBe(schemaText);
    expect(actual).not.toEqual(expectedShape(parseSchema(changed)));
  });

  it("notices an index built with another method than the schema says", async () => {
    const changed = schemaText.replace(/@@index\(\[searchVector\], type: Gin\)/, "@@index([searchVector])");
    expect(changed).not.toBe(schemaText);
    expect(await actualShape(process.env.DATABASE_URL!)).not.toEqual(expectedShape(parseSchema(changed)));
  });

  it("notices a generated column that the database computes no more", async () => {
    const database = await createScratchDatabase(inject("testServerUrl"));
    try {
      await migrate(database.url);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query(`ALTER TABLE "StatusEvent" ALTER COLUMN "searchVector" DROP EXPRESSION`).finally(() => client.end());
      const actual = await actualShape(database.url);
      expect(actual.tables.StatusEvent?.columns.searchVector).toEqual({ type: "tsvector", nullable: true, default: null });
      expect(actual).not.toEqual(expectedShape(parseSchema(schemaText)));
    } finally {
      await database.drop();
    }
  });
});

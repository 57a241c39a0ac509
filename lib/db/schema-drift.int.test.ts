import { readFile } from "node:fs/promises";

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
});

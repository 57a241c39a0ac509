import { describe, expect, it } from "vitest";

import { migrate, readMigrations } from "./migrate";
import { queryRows, withPgClient } from "./pg-client";
import { scratchDatabases } from "./testing/test-database";

// The aliases migration (20261203400000) adds Bill.aliases, searches it, and gives the launch
// content's EU proposal its one other name in a database seeded before it.

const databases = scratchDatabases();
const ALIASES = "20261203400000_bill_aliases";

describe("the bill aliases migration", () => {
  it("keeps every bill, names the EU proposal “chat control” and finds it by that name", async () => {
    const url = await databases.fresh();
    const before = (await readMigrations()).map((file) => file.name).filter((name) => name < ALIASES);
    await migrate(url, { only: before });
    await withPgClient(url, async (client) => {
      for (const [id, slug] of [["eu", "eu-csa-regulation"], ["other", "take-it-down-act"]]) {
        await client.query(
          `INSERT INTO "Bill" ("id", "slug", "shortTitle", "title", "jurisdiction", "numbers", "session", "summary", "state", "updatedAt")
           VALUES ($1, $2, $2, $2, 'eu', ARRAY[]::TEXT[], 'Ordinary legislative procedure', '', 'published', now())`,
          [id, slug],
        );
      }
    });

    await migrate(url);

    const rows = await queryRows<{ slug: string; aliases: string[]; found: boolean }>(
      url,
      `SELECT "slug", "aliases", "searchVector" @@ websearch_to_tsquery('english', 'chat control') AS "found" FROM "Bill" ORDER BY "slug"`,
    );
    expect(rows).toEqual([
      { slug: "eu-csa-regulation", aliases: ["chat control"], found: true },
      { slug: "take-it-down-act", aliases: [], found: false },
    ]);
  });
});

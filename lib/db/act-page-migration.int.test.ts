import { describe, expect, it } from "vitest";

import { migrate, readMigrations } from "./migrate";
import { queryRows, withPgClient } from "./pg-client";
import { scratchDatabases } from "./testing/test-database";

// The Act-page migrations (20261204100000 and …100001) add the legislation_act kind and make a
// database seeded before them watch the launch UK Act's page, once, as a fresh seed does.

const databases = scratchDatabases();
const ACT_PAGES = "20261204100000_legislation_act_pages";

describe("the Act page migrations", () => {
  it("watch the launch UK Act's page in a database seeded before them, and nothing for other bills", async () => {
    const url = await databases.fresh();
    const before = (await readMigrations()).map((file) => file.name).filter((name) => name < ACT_PAGES);
    await migrate(url, { only: before });
    await withPgClient(url, async (client) => {
      for (const [id, slug] of [["uk", "uk-crime-and-policing-bill"], ["other", "take-it-down-act"]]) {
        await client.query(
          `INSERT INTO "Bill" ("id", "slug", "shortTitle", "title", "jurisdiction", "numbers", "session", "summary", "state", "updatedAt")
           VALUES ($1, $2, $2, $2, 'uk', ARRAY[]::TEXT[], '2024–26 session', '', 'published', now())`,
          [id, slug],
        );
      }
    });

    await migrate(url);

    const rows = await queryRows<{ billId: string; kind: string; identifier: string; matchWords: string[] }>(
      url,
      `SELECT "billId", "kind"::text AS "kind", "identifier", "matchWords" FROM "WatchedSource" WHERE "kind" = 'legislation_act'`,
    );
    expect(rows).toEqual([{ billId: "uk", kind: "legislation_act", identifier: "ukpga/2026/20", matchWords: [] }]);
  });
});

import { describe, expect, it } from "vitest";

import { migrate, readMigrations } from "./migrate";
import { queryRows, withPgClient } from "./pg-client";
import { scratchDatabases } from "./testing/test-database";

// The text-version suggestions migration (20261205100000) gives suggestions a kind: those made
// before it were all steps for a bill's history, and stay so.

const databases = scratchDatabases();
const TEXT_SUGGESTIONS = "20261205100000_text_version_suggestions";

describe("the text-version suggestions migration", () => {
  it("keeps every earlier suggestion a step, with no version", async () => {
    const url = await databases.fresh();
    const before = (await readMigrations()).map((file) => file.name).filter((name) => name < TEXT_SUGGESTIONS);
    await migrate(url, { only: before });
    await withPgClient(url, async (client) => {
      await client.query(
        `INSERT INTO "Bill" ("id", "slug", "shortTitle", "title", "jurisdiction", "numbers", "session", "summary", "state", "updatedAt")
         VALUES ('enforce', 'enforce-act', 'ENFORCE Act', 'ENFORCE Act', 'us', ARRAY['S.3021']::TEXT[], '119th Congress', '', 'published', now())`,
      );
      await client.query(
        `INSERT INTO "Suggestion" ("id", "billId", "itemKey", "path", "stage", "occurredOn", "description", "sourceUrl")
         VALUES ('earlier', 'enforce', 'congress:S.3021:2026-01-12', 'house', 'referred', '2026-01-12', 'Referred to the House Committee on the Judiciary.', 'https://www.congress.gov/')`,
      );
    });

    await migrate(url);

    const rows = await queryRows<{ id: string; kind: string; versionCode: string | null; versionDate: Date | null }>(
      url,
      `SELECT "id", "kind"::text AS "kind", "versionCode", "versionDate" FROM "Suggestion"`,
    );
    expect(rows).toEqual([{ id: "earlier", kind: "status_event", versionCode: null, versionDate: null }]);
  });
});

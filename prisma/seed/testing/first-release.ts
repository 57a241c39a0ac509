import { withPgClient } from "@/lib/db/pg-client";
import { migrate } from "@/lib/db/migrate";

import { releasedBills, releasedStatistics } from "./release-2026-11-25";

// A database as the first release left it: its two migrations, its stage codes and its seed,
// written in SQL as that release's seed wrote it. The upgrade tests start from here.

export const FIRST_RELEASE_MIGRATIONS = ["20261125000000_init", "20261125100000_search"];

/** The current stage the first release stored for each launch bill (its seed test said so). */
const releasedStages: Record<string, string> = {
  "take-it-down-act": "enacted",
  "stop-csam-act": "reported",
  "enforce-act": "passed_one_chamber",
  "uk-crime-and-policing-bill": "royal_assent",
};

export async function seedAsFirstRelease(url: string): Promise<void> {
  await migrate(url, { only: FIRST_RELEASE_MIGRATIONS });
  await withPgClient(url, async (client) => {
    await client.query("BEGIN");
    let sequence = 0;
    const id = (kind: string) => `r1${kind}${String((sequence += 1)).padStart(5, "0")}`;
    const seededAt = Date.parse("2026-11-25T12:00:00Z");
    for (const bill of releasedBills) {
      const billId = id("b");
      const lastEventOn = bill.events.map((event) => event.occurredOn).sort().at(-1) ?? null;
      await client.query(
        `INSERT INTO "Bill" ("id", "slug", "shortTitle", "title", "longTitle", "jurisdiction", "numbers", "session", "sponsors",
           "committees", "summary", "keyProvisions", "topics", "officialLinks", "state", "currentStage", "lastEventOn", "verifiedOn",
           "editorialNote", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'published', $15, $16, $17, $18, $19, $19)`,
        [
          billId, bill.slug, bill.shortTitle, bill.title, bill.longTitle, bill.jurisdiction, bill.numbers, bill.session, bill.sponsors,
          bill.committees, bill.summary, bill.keyProvisions, bill.topics, JSON.stringify(bill.officialLinks), releasedStages[bill.slug],
          lastEventOn, bill.verifiedOn, bill.editorialNote, new Date(seededAt),
        ],
      );
      for (const [index, event] of bill.events.entries()) {
        await client.query(
          `INSERT INTO "StatusEvent" ("id", "billId", "stage", "occurredOn", "chamber", "description", "vote", "sourceUrl", "sourceKind", "note", "createdAt")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [id("e"), billId, event.stage, event.occurredOn, event.chamber, event.description, event.vote, event.sourceUrl, event.sourceKind, event.note, new Date(seededAt + index * 1000)],
        );
      }
      for (const keyDate of bill.keyDates) {
        await client.query(
          `INSERT INTO "KeyDate" ("id", "billId", "date", "title", "description", "sourceUrl", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
          [id("k"), billId, keyDate.date, keyDate.title, keyDate.description, keyDate.sourceUrl],
        );
      }
      await client.query(`INSERT INTO "BillRevision" ("id", "billId", "version", "snapshot") VALUES ($1, $2, 1, $3)`, [
        id("r"),
        billId,
        JSON.stringify({ slug: bill.slug, shortTitle: bill.shortTitle, jurisdiction: bill.jurisdiction, verifiedOn: bill.verifiedOn }),
      ]);
      await client.query(
        `INSERT INTO "AuditLog" ("actorEmail", "action", "entityType", "entityId", "after") VALUES ('seed', 'bill.seeded', 'bill', $1, $2)`,
        [billId, JSON.stringify({ slug: bill.slug, events: bill.events.length })],
      );
    }
    for (const [position, statistic] of releasedStatistics.entries()) {
      await client.query(
        `INSERT INTO "Statistic" ("id", "label", "value", "period", "sourceName", "sourceUrl", "position", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
        [id("s"), statistic.label, statistic.value, statistic.period, statistic.sourceName, statistic.sourceUrl, position],
      );
    }
    await client.query("COMMIT");
  });
}

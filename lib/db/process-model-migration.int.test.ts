import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { deriveBillStage, type StoredEvent } from "@/lib/legislation/bill-stage";
import { findStep, modelOf } from "@/lib/legislation/process";
import { fuzzSeed } from "@/lib/testing/fuzz";
import { FIRST_RELEASE_MIGRATIONS, seedAsFirstRelease } from "@/prisma/seed/testing/first-release";

import { backupDatabase, restoreDatabase } from "./backup";
import { migrate } from "./migrate";
import { queryRows, withPgClient } from "./pg-client";
import { scratchDatabases } from "./testing/test-database";

// The process-model migration (20261202000000) moves every event of the one-line catalogue
// onto a path of the new model and derives each bill's status as lib/legislation/process does,
// in SQL. These tests build databases as the first release left them and check both.

const databases = scratchDatabases();

const OLD_US = ["introduced", "in_committee", "reported", "passed_one_chamber", "passed_both_chambers", "to_president", "enacted", "vetoed", "failed", "died"];
const OLD_UK = [
  "first_house_first_reading",
  "first_house_second_reading",
  "first_house_committee",
  "first_house_report",
  "first_house_third_reading",
  "second_house_first_reading",
  "second_house_second_reading",
  "second_house_committee",
  "second_house_report",
  "second_house_third_reading",
  "consideration_of_amendments",
  "royal_assent",
  "fallen",
  "withdrawn",
];

interface OldEvent {
  stage: string;
  day: number;
  chamber: string | null;
  description: string;
  retracted: boolean;
  /** Index of an earlier event of the same bill this one corrects. */
  corrects: number | null;
}

interface OldBill {
  jurisdiction: "us" | "uk";
  numbers: string[];
  events: OldEvent[];
}

async function insertOldBills(url: string, bills: readonly OldBill[]): Promise<void> {
  await withPgClient(url, async (client) => {
    await client.query("BEGIN");
    for (const [billIndex, bill] of bills.entries()) {
      const billId = `old${billIndex}`;
      await client.query(
        `INSERT INTO "Bill" ("id", "slug", "shortTitle", "title", "jurisdiction", "numbers", "session", "summary", "state", "updatedAt")
         VALUES ($1, $2, $3, $3, $4, $5, '119th Congress', '', 'published', now())`,
        [billId, `old-bill-${billIndex}`, `Old Bill ${billIndex}`, bill.jurisdiction, bill.numbers],
      );
      for (const [index, event] of bill.events.entries()) {
        const day = new Date(Date.UTC(2025, 0, 1 + event.day)).toISOString().slice(0, 10);
        await client.query(
          `INSERT INTO "StatusEvent" ("id", "billId", "stage", "occurredOn", "chamber", "description", "sourceUrl", "sourceKind", "createdAt", "retractedAt", "correctsId")
           VALUES ($1, $2, $3, $4, $5, $6, 'https://example.org', 'official', $7, $8, $9)`,
          [
            `old${billIndex}e${index}`,
            billId,
            event.stage,
            day,
            event.chamber,
            event.description,
            new Date(Date.UTC(2026, 0, 1, 0, 0, index)),
            event.retracted ? new Date() : null,
            event.corrects === null ? null : `old${billIndex}e${event.corrects}`,
          ],
        );
      }
    }
    await client.query("COMMIT");
  });
}

interface MigratedBill {
  id: string;
  jurisdiction: string;
  numbers: string[];
  region: string | null;
  session: string;
  currentStage: string | null;
  currentPath: string | null;
  phase: string;
  lastEventOn: Date | null;
}

/** Each bill's stored status next to what the TypeScript rule derives from its migrated events. */
async function storedAndDerived(url: string) {
  const bills = await queryRows<MigratedBill>(url, `SELECT id, jurisdiction, numbers, region, session, "currentStage", "currentPath", phase, "lastEventOn" FROM "Bill" ORDER BY id`);
  const events = await queryRows<StoredEvent & { billId: string }>(
    url,
    `SELECT id, "billId", path, stage, "occurredOn", "createdAt", chamber, "billNumber", "attemptFailed", body, "retractedAt", "correctsId" FROM "StatusEvent"`,
  );
  return bills.map((bill) => {
    const derived = deriveBillStage(bill, events.filter((event) => event.billId === bill.id));
    return {
      stored: { id: bill.id, currentStage: bill.currentStage, currentPath: bill.currentPath, phase: bill.phase },
      derived: { id: bill.id, currentStage: derived.currentStage, currentPath: derived.currentPath, phase: derived.phase },
    };
  });
}

const oldEvent = (stages: readonly string[], chambers: readonly (string | null)[]) =>
  fc.record({
    stage: fc.constantFrom(...stages),
    day: fc.integer({ min: 0, max: 40 }),
    chamber: fc.constantFrom(...chambers),
    description: fc.constantFrom("Passed the Senate.", "Received in the House; held at the desk.", "Step."),
    retracted: fc.integer({ min: 0, max: 9 }).map((value) => value < 2),
    corrects: fc.constant(null),
  });

const oldBill: fc.Arbitrary<OldBill> = fc.oneof(
  fc.record({
    jurisdiction: fc.constant("us" as const),
    numbers: fc.constantFrom<string[]>(["S.1", "H.R.2"], ["H.R.7"], []),
    events: fc.array(oldEvent(OLD_US, ["senate", "house", "president", null]), { maxLength: 8 }),
  }),
  fc.record({
    jurisdiction: fc.constant("uk" as const),
    numbers: fc.constant<string[]>([]),
    events: fc.array(oldEvent(OLD_UK, ["commons", "lords", null]), { maxLength: 8 }),
  }),
);

describe("the process-model migration", () => {
  it("puts every event of the one-line catalogue on a path of the new model", async () => {
    const url = await databases.fresh();
    await migrate(url, { only: FIRST_RELEASE_MIGRATIONS });
    const everyCode: OldBill[] = [
      { jurisdiction: "us", numbers: ["S.1", "H.R.2"], events: OLD_US.map((stage, day) => ({ stage, day, chamber: "senate", description: "Step.", retracted: false, corrects: null })) },
      { jurisdiction: "uk", numbers: [], events: OLD_UK.map((stage, day) => ({ stage, day, chamber: "lords", description: "Step.", retracted: false, corrects: null })) },
    ];
    await insertOldBills(url, everyCode);
    await migrate(url);
    const events = await queryRows<{ id: string; path: string; stage: string; jurisdiction: string }>(
      url,
      `SELECT e.id, e.path, e.stage, b.jurisdiction FROM "StatusEvent" e JOIN "Bill" b ON b.id = e."billId" ORDER BY e.id`,
    );
    expect(events).toHaveLength(OLD_US.length + OLD_UK.length);
    for (const event of events) expect(findStep(modelOf(event.jurisdiction), event.path, event.stage), `${event.id}: ${event.path}:${event.stage}`).not.toBeNull();
    const placeOf = (id: string) => events.find((event) => event.id === id);
    expect(placeOf(`old0e${OLD_US.indexOf("in_committee")}`)).toMatchObject({ path: "senate", stage: "referred" });
    expect(placeOf(`old0e${OLD_US.indexOf("to_president")}`)).toMatchObject({ path: "final", stage: "presented" });
    expect(placeOf(`old0e${OLD_US.indexOf("enacted")}`)).toMatchObject({ path: "final", stage: "became_law" });
    expect(placeOf(`old0e${OLD_US.indexOf("died")}`)).toMatchObject({ path: "outcome", stage: "died" });
    expect(placeOf(`old1e${OLD_UK.indexOf("second_house_report")}`)).toMatchObject({ path: "second_house", stage: "report" });
    expect(placeOf(`old1e${OLD_UK.indexOf("royal_assent")}`)).toMatchObject({ path: "final", stage: "royal_assent" });
  });

  it("places US events with no chamber on the bill's own chamber, and a receipt as a receipt", async () => {
    const url = await databases.fresh();
    await migrate(url, { only: FIRST_RELEASE_MIGRATIONS });
    const event = (stage: string, day: number, chamber: string | null, description = "Step."): OldEvent => ({ stage, day, chamber, description, retracted: false, corrects: null });
    await insertOldBills(url, [
      { jurisdiction: "us", numbers: ["H.R.5"], events: [event("introduced", 0, null), event("passed_one_chamber", 5, "house"), event("passed_both_chambers", 9, null)] },
      { jurisdiction: "us", numbers: ["S.3021"], events: [event("passed_one_chamber", 0, "senate", "Passed the Senate."), event("passed_one_chamber", 1, "house", "Received in the House; held at the desk.")] },
    ]);
    await migrate(url);
    const events = await queryRows<{ id: string; path: string; stage: string }>(url, `SELECT id, path, stage FROM "StatusEvent" ORDER BY id`);
    expect(events.map((row) => `${row.id} ${row.path}:${row.stage}`)).toEqual([
      "old0e0 house:introduced",
      "old0e1 house:passed",
      "old0e2 senate:passed",
      "old1e0 senate:passed",
      "old1e1 house:received",
    ]);
  });

  it("derives each bill's status in SQL exactly as the process model does, for any history", async () => {
    const url = await databases.fresh();
    await migrate(url, { only: FIRST_RELEASE_MIGRATIONS });
    const bills = fc.sample(oldBill, { numRuns: 300, seed: fuzzSeed() }).map((bill) => ({
      ...bill,
      // Some corrections too: an event superseded by a later one of the same bill.
      events: bill.events.map((event, index) => (index > 0 && index % 4 === 0 ? { ...event, corrects: index - 1 } : event)),
    }));
    await insertOldBills(url, bills);
    await migrate(url);
    for (const { stored, derived } of await storedAndDerived(url)) expect(stored).toEqual(derived);
  });

  it("keeps audit rows and revisions exactly as they were", async () => {
    const url = await databases.fresh();
    await seedAsFirstRelease(url);
    const audit = () => queryRows(url, `SELECT id, action, "entityId", before::text, after::text FROM "AuditLog" ORDER BY id`);
    const revisions = () => queryRows(url, `SELECT id, version, snapshot::text FROM "BillRevision" ORDER BY id`);
    const [auditBefore, revisionsBefore] = [await audit(), await revisions()];
    await migrate(url);
    expect(await audit()).toEqual(auditBefore);
    expect(await revisions()).toEqual(revisionsBefore);
  });

  it("restores a backup taken with the first release's schema with every event in its new place", async () => {
    const source = await databases.fresh();
    await seedAsFirstRelease(source);
    const file = path.join(await mkdtemp(path.join(tmpdir(), "policy-tracker-upgrade-")), "release-1.jsonl.gz");
    await backupDatabase(source, file, null);

    const target = await databases.fresh();
    await restoreDatabase(target, file, { dataFolder: null });
    const events = await queryRows<{ path: string; stage: string; jurisdiction: string; description: string }>(
      target,
      `SELECT e.path, e.stage, b.jurisdiction, e.description FROM "StatusEvent" e JOIN "Bill" b ON b.id = e."billId"`,
    );
    const sourceCount = await queryRows<{ count: number }>(source, `SELECT count(*)::int AS count FROM "StatusEvent"`);
    expect(events).toHaveLength(sourceCount[0]!.count);
    for (const event of events) expect(findStep(modelOf(event.jurisdiction), event.path, event.stage), event.description).not.toBeNull();
    for (const { stored, derived } of await storedAndDerived(target)) expect(stored).toEqual(derived);
    const bills = await queryRows<{ slug: string; currentPath: string; currentStage: string; phase: string }>(
      target,
      `SELECT slug, "currentPath", "currentStage", phase FROM "Bill" ORDER BY slug`,
    );
    expect(bills).toEqual([
      { slug: "enforce-act", currentPath: "senate", currentStage: "passed", phase: "legislature" },
      { slug: "stop-csam-act", currentPath: "senate", currentStage: "reported", phase: "legislature" },
      { slug: "take-it-down-act", currentPath: "final", currentStage: "became_law", phase: "enacted" },
      { slug: "uk-crime-and-policing-bill", currentPath: "final", currentStage: "royal_assent", phase: "enacted" },
    ]);
  });
});

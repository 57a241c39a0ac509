import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it } from "vitest";

import { migrate } from "@/lib/db/migrate";
import { PrismaClient } from "@/lib/db/generated/client";
import { scratchDatabases } from "@/lib/db/testing/test-database";
import { toDay } from "@/lib/legislation/dates";
import { effectiveOf } from "@/lib/legislation/effective";

import { bills, statistics } from "./content";
import { seed } from "./seed";
import { seedAsFirstRelease } from "./testing/first-release";

// A database seeded by the first release, upgraded: migrated to the process model, then the
// seed applies the later checks of the content. It must end up with the facts a fresh seed has,
// through open corrections, and leave alone what an editor changed.

const databases = scratchDatabases();
const clients: PrismaClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

async function upgradedDatabase(): Promise<PrismaClient> {
  const url = await databases.fresh();
  await seedAsFirstRelease(url);
  await migrate(url);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  clients.push(client);
  return client;
}

/** The facts of a bill's effective events a reader sees, one line each (the note aside: see below). */
async function effectiveFacts(client: PrismaClient, slug: string): Promise<string[]> {
  const events = await client.statusEvent.findMany({ where: { bill: { slug } } });
  return effectiveOf(events)
    .map((event) =>
      [toDay(event.occurredOn), event.path, event.stage, event.chamber, event.billNumber, event.attemptFailed, event.body, event.subject, event.provisions, event.description, event.vote, event.sourceUrl, event.sourceKind].join(" | "),
    )
    .sort();
}

function contentFacts(slug: string): string[] {
  const bill = bills.find((candidate) => candidate.slug === slug)!; // every slug asked for is a launch bill
  return bill.events
    .map((event) =>
      [event.occurredOn, event.path, event.stage, event.chamber, event.billNumber ?? null, event.attemptFailed ?? false, event.body ?? null, event.subject ?? null, event.provisions ?? null, event.description, event.vote, event.sourceUrl, event.sourceKind].join(" | "),
    )
    .sort();
}

describe("content updates for a database seeded before them", () => {
  it("bring every launch bill to the content as it is now, through open corrections", async () => {
    const client = await upgradedDatabase();
    const result = await seed(client);
    expect(result.billsAdded).toEqual(["eu-csa-regulation", "eu-interim-regulation-2021-1232"]);
    const [update] = result.updates;
    expect(update?.id).toBe("2026-12-02");
    expect(update?.leftAlone).toEqual([]);
    expect(update?.applied).toContain("enforce-act, 21 October 2025: Referred to a Senate committee: added.");

    for (const bill of bills) expect(await effectiveFacts(client, bill.slug), bill.slug).toEqual(contentFacts(bill.slug));
    const stored = await client.bill.findMany({ select: { slug: true, verifiedOn: true, phase: true } });
    expect(stored.every((bill) => bill.verifiedOn && toDay(bill.verifiedOn) === "2026-12-02")).toBe(true);
    expect(Object.fromEntries(stored.map((bill) => [bill.slug, bill.phase]))).toMatchObject({
      "take-it-down-act": "enforced",
      "uk-crime-and-policing-bill": "in_force",
      "stop-csam-act": "legislature",
    });

    // The replaced source stays on record, marked as corrected, and the correction says why.
    const passage = await client.statusEvent.findFirstOrThrow({
      where: { bill: { slug: "take-it-down-act" }, stage: "passed", path: "senate", correctsId: { not: null } },
      include: { corrects: true },
    });
    expect(passage.corrects?.sourceUrl).toBe("https://en.wikipedia.org/wiki/TAKE_IT_DOWN_Act");
    expect(passage.note).toContain("Congressional Record S988–S990.");
    expect(passage.note).toContain("The official record replaces the secondary source");
    expect(await client.auditLog.count({ where: { action: "statusEvent.corrected", actorEmail: "content update 2026-12-02" } })).toBeGreaterThan(0);

    expect((await client.statistic.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }] })).map((figure) => figure.label)).toEqual(
      statistics.map((figure) => figure.label),
    );

    // Once done, never again.
    expect((await seed(client)).updates).toEqual([]);
  });

  it("leave alone, and list, what an editor changed since it was seeded", async () => {
    const client = await upgradedDatabase();
    const editor = await client.user.create({ data: { email: "editor@example.org", role: "editor" } });
    const passage = await client.statusEvent.findFirstOrThrow({ where: { bill: { slug: "take-it-down-act" }, stage: "passed", path: "senate" } });
    await client.statusEvent.create({
      data: { ...passage, id: undefined, createdAt: undefined, correctsId: passage.id, recordedById: editor.id, note: "An editor's own correction." },
    });
    await client.bill.update({ where: { slug: "stop-csam-act" }, data: { verifiedOn: new Date("2026-11-30T00:00:00Z") } });
    await client.statistic.updateMany({ where: { label: "Known abuse material hosted in the EU" }, data: { value: "62 %" } });

    const [update] = (await seed(client)).updates;
    expect(update?.leftAlone).toEqual([
      "take-it-down-act, 13 February 2025: Passed the Senate: changed by an editor since it was seeded.",
      "stop-csam-act: “facts last verified” was set by an editor (30 November 2026).",
      "The figure “Known abuse material hosted in the EU” was changed since it was seeded.",
    ]);
    const corrections = await client.statusEvent.findMany({ where: { correctsId: passage.id } });
    expect(corrections.map((event) => event.note)).toEqual(["An editor's own correction."]);
    expect(toDay((await client.bill.findUniqueOrThrow({ where: { slug: "stop-csam-act" } })).verifiedOn!)).toBe("2026-11-30"); // set just above
    expect(await client.statistic.count({ where: { label: "Known abuse material hosted in the EU" } })).toBe(1);
  });
});

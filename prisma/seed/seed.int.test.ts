import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";

import { bills, statistics } from "./content";
import { seed } from "./seed";

describe("seed", () => {
  it("loads the four launch bills with every status event, key date and figure", async () => {
    const result = await seed(db);
    expect(result.billsAdded).toEqual([
      "take-it-down-act",
      "stop-csam-act",
      "enforce-act",
      "uk-crime-and-policing-bill",
    ]);
    expect(result.statisticsAdded).toBe(statistics.length);

    const stored = await db.bill.findMany({
      select: { slug: true, state: true, currentStage: true, lastEventOn: true, _count: { select: { events: true, keyDates: true } } },
      orderBy: { slug: "asc" },
    });
    const bySlug = Object.fromEntries(stored.map((bill) => [bill.slug, bill]));
    for (const content of bills) {
      expect(bySlug[content.slug]?._count.events).toBe(content.events.length);
      expect(bySlug[content.slug]?._count.keyDates).toBe(content.keyDates.length);
      expect(bySlug[content.slug]?.state).toBe("published");
    }
    expect(bySlug["take-it-down-act"]?.currentStage).toBe("enacted");
    expect(bySlug["stop-csam-act"]?.currentStage).toBe("reported");
    expect(bySlug["enforce-act"]?.currentStage).toBe("passed_one_chamber");
    expect(bySlug["uk-crime-and-policing-bill"]?.currentStage).toBe("royal_assent");
    expect(bySlug["uk-crime-and-policing-bill"]?.lastEventOn?.toISOString().slice(0, 10)).toBe("2026-04-29");
  });

  it("gives every seeded status event a source", async () => {
    const events = await db.statusEvent.findMany({ select: { sourceUrl: true, sourceKind: true } });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.sourceUrl).toMatch(/^https:\/\//);
  });

  it("changes nothing when run again", async () => {
    const before = await db.statusEvent.count();
    const result = await seed(db);
    expect(result).toEqual({ billsAdded: [], statisticsAdded: 0 });
    expect(await db.statusEvent.count()).toBe(before);
  });

  it("never overwrites an editor's change, and restores only what is missing", async () => {
    await db.bill.update({ where: { slug: "stop-csam-act" }, data: { shortTitle: "Edited by an editor" } });
    await db.bill.delete({ where: { slug: "enforce-act" } });
    const result = await seed(db);
    expect(result.billsAdded).toEqual(["enforce-act"]);
    const edited = await db.bill.findUniqueOrThrow({ where: { slug: "stop-csam-act" } });
    expect(edited.shortTitle).toBe("Edited by an editor");
  });

  it("runs safely when several instances seed at once", async () => {
    await db.bill.deleteMany({});
    const results = await Promise.all([seed(db), seed(db), seed(db)]);
    expect(results.flatMap((result) => result.billsAdded).sort()).toEqual(bills.map((bill) => bill.slug).sort());
    expect(await db.bill.count()).toBe(bills.length);
  });
});

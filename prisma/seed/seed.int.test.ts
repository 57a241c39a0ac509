import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { findStep, modelOf } from "@/lib/legislation/process";

import { bills, statistics } from "./content";
import { seed } from "./seed";

describe("seed", () => {
  it("loads the six launch bills with every status event, key date and figure", async () => {
    const result = await seed(db);
    expect(result.billsAdded).toEqual([
      "take-it-down-act",
      "stop-csam-act",
      "enforce-act",
      "uk-crime-and-policing-bill",
      "eu-csa-regulation",
      "eu-interim-regulation-2021-1232",
    ]);
    expect(result.statisticsAdded).toBe(statistics.length);
    // A fresh database has the content as it is now: the later checks are only marked as done.
    expect(result.updates).toEqual([{ id: "2026-12-02", applied: [], leftAlone: [] }]);

    const stored = await db.bill.findMany({
      select: { slug: true, state: true, currentStage: true, currentPath: true, phase: true, lastEventOn: true, verifiedOn: true, _count: { select: { events: true, keyDates: true } } },
      orderBy: { slug: "asc" },
    });
    const bySlug = Object.fromEntries(stored.map((bill) => [bill.slug, bill]));
    for (const content of bills) {
      expect(bySlug[content.slug]?._count.events).toBe(content.events.length);
      expect(bySlug[content.slug]?._count.keyDates).toBe(content.keyDates.length);
      expect(bySlug[content.slug]?.state).toBe("published");
      expect(bySlug[content.slug]?.verifiedOn?.toISOString().slice(0, 10)).toBe("2026-12-02");
    }
    const status = (slug: string) => {
      const bill = bySlug[slug];
      return bill ? `${bill.currentPath}:${bill.currentStage} ${bill.phase}` : null;
    };
    expect(status("take-it-down-act")).toBe("final:signed enforced");
    expect(status("stop-csam-act")).toBe("senate:calendared legislature");
    expect(status("enforce-act")).toBe("senate:passed legislature");
    expect(status("uk-crime-and-policing-bill")).toBe("final:royal_assent in_force");
    expect(status("eu-csa-regulation")).toBe("trilogue:started legislature");
    expect(status("eu-interim-regulation-2021-1232")).toBe("adoption:signed no_longer_in_force");
    expect(bySlug["uk-crime-and-policing-bill"]?.lastEventOn?.toISOString().slice(0, 10)).toBe("2026-06-29");
  });

  it("puts every seeded event on a step of its legislature's model", async () => {
    for (const content of bills) {
      for (const event of content.events) {
        expect(findStep(modelOf(content.jurisdiction), event.path, event.stage), `${content.slug} ${event.occurredOn}`).not.toBeNull();
        if (event.billNumber) expect(content.numbers).toContain(event.billNumber);
      }
    }
  });

  it("gives every seeded status event a source", async () => {
    const events = await db.statusEvent.findMany({ select: { sourceUrl: true, sourceKind: true } });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.sourceUrl).toMatch(/^https:\/\//);
  });

  it("changes nothing when run again", async () => {
    const before = await db.statusEvent.count();
    const result = await seed(db);
    expect(result).toEqual({ billsAdded: [], statisticsAdded: 0, provisionsAdded: [], updates: [] });
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

  it("converts the launch content's key provisions once per bill, leaving categories the content does not cover empty", async () => {
    const provisions = await db.provision.findMany({ select: { category: true, bill: { select: { slug: true } } } });
    const categories = (slug: string) => new Set(provisions.filter((provision) => provision.bill.slug === slug).map((provision) => provision.category));
    expect(categories("take-it-down-act")).toEqual(
      new Set(["criminal_offence", "platform_duty", "removal_deadline", "enforcing_body", "private_right_of_action", "effective_date"]),
    );
    // The brief names no penalty and no reporting duty for the TAKE IT DOWN Act: nothing is guessed.
    expect(categories("take-it-down-act").has("penalty")).toBe(false);
    expect(categories("stop-csam-act")).toEqual(new Set(["private_right_of_action", "reporting_duty", "penalty"]));

    const deleted = await db.provision.deleteMany({ where: { bill: { slug: "enforce-act" } } });
    expect(deleted.count).toBeGreaterThan(0);
    const again = await seed(db);
    expect(again.provisionsAdded).toEqual([]);
    expect(await db.provision.count({ where: { bill: { slug: "enforce-act" } } })).toBe(0);
  });
});

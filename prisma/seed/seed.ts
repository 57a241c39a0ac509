import type { PrismaClient } from "@/lib/db/generated/client";

import { applyContentUpdates, type UpdateReport } from "./apply-content-updates";
import { bills, statistics } from "./content";
import { createBill } from "./factories";
import { watchedSources } from "./watched-sources";
import { seedProvisions } from "./provisions";

// Same constant in every instance: two instances starting at once must not both seed.
const SEED_LOCK_KEY = 72_616_913_002;

export interface SeedResult {
  billsAdded: string[];
  statisticsAdded: number;
  /** Bills whose structured provisions were loaded (once per bill, ever). */
  provisionsAdded: string[];
  /** Later checks of the launch content applied to a database seeded before them. */
  updates: UpdateReport[];
}

/**
 * Load the launch content into whatever is missing: a bill is added only if no bill has its
 * slug, and the figures only if there are none, so an editor's later changes are never
 * overwritten and running it twice changes nothing. A database seeded before a later check of
 * the content gets that check once (content-updates.ts), except where an editor changed a fact.
 */
export async function seed(db: PrismaClient): Promise<SeedResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const existing = new Set(
        (await tx.bill.findMany({ select: { slug: true } })).map((bill) => bill.slug),
      );
      // Updates first, so they meet only the bills seeded before; bills added below are current.
      const updates = await applyContentUpdates(tx, { fresh: existing.size === 0 });
      const billsAdded: string[] = [];
      for (const content of bills) {
        if (existing.has(content.slug)) continue;
        const bill = await createBill(tx, { ...content, state: "published" });
        await tx.auditLog.create({
          data: {
            action: "bill.seeded",
            entityType: "bill",
            entityId: bill.id,
            actorEmail: "seed",
            after: { slug: bill.slug, events: content.events.length },
          },
        });
        const watches = watchedSources[content.slug] ?? [];
        if (watches.length > 0) await tx.watchedSource.createMany({ data: watches.map((watch) => ({ ...watch, matchWords: watch.matchWords ?? [], billId: bill.id })) });
        billsAdded.push(bill.slug);
      }

      // Once per bill: a bill whose provisions were seeded before keeps whatever editors made of
      // them since, deletions included; a bill seeded before provisions existed gets them now.
      const provisionsAdded: string[] = [];
      const alreadySeeded = new Set(
        (await tx.auditLog.findMany({ where: { action: "provision.seeded" }, select: { entityId: true } })).map((row) => row.entityId),
      );
      for (const [slug, provisions] of Object.entries(seedProvisions)) {
        const bill = await tx.bill.findUnique({ where: { slug }, select: { id: true } });
        if (!bill || alreadySeeded.has(bill.id)) continue;
        await tx.provision.createMany({ data: provisions.map((provision, position) => ({ ...provision, billId: bill.id, position })) });
        await tx.auditLog.create({
          data: { action: "provision.seeded", entityType: "bill", entityId: bill.id, actorEmail: "seed", after: { slug, provisions: provisions.length } },
        });
        provisionsAdded.push(slug);
      }

      let statisticsAdded = 0;
      if ((await tx.statistic.count()) === 0) {
        const result = await tx.statistic.createMany({
          data: statistics.map((statistic, position) => ({ ...statistic, position })),
        });
        statisticsAdded = result.count;
      }
      return { billsAdded, statisticsAdded, provisionsAdded, updates };
    },
    { timeout: 30_000 },
  );
}

import type { PrismaClient } from "@/lib/db/generated/client";

import { applyContentUpdates, type UpdateReport } from "./apply-content-updates";
import { bills, statistics } from "./content";
import { createBill } from "./factories";
import { watchedSources } from "./watched-sources";

// Same constant in every instance: two instances starting at once must not both seed.
const SEED_LOCK_KEY = 72_616_913_002;

export interface SeedResult {
  billsAdded: string[];
  statisticsAdded: number;
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

      let statisticsAdded = 0;
      if ((await tx.statistic.count()) === 0) {
        const result = await tx.statistic.createMany({
          data: statistics.map((statistic, position) => ({ ...statistic, position })),
        });
        statisticsAdded = result.count;
      }
      return { billsAdded, statisticsAdded, updates };
    },
    { timeout: 30_000 },
  );
}

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/db/generated/client";
import { createBill, type NewBill } from "@/prisma/seed/factories";

import { test as base } from "./fixtures";
import { e2eDatabaseUrl } from "./state";

// Content for tests that the seed does not have (a draft, a correction), written straight into
// the app-under-test's database with the same factories as the seed, and removed afterwards.
// Such writes expire no cache tag, so a test must not rely on a page that was already cached
// showing them.

/** A Prisma client on the app-under-test's database; disconnect it when done. */
export function openE2eDatabase(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
}

/** Create a bill (events, key dates, stage) in the app's database. */
export async function createE2eBill(db: PrismaClient, input: NewBill) {
  return db.$transaction((tx) => createBill(tx, input));
}

export const test = base.extend<{ makeBill: (input: NewBill) => Promise<{ id: string; slug: string }> }>({
  makeBill: async ({}, use) => {
    const db = openE2eDatabase();
    const created: string[] = [];
    await use(async (input) => {
      const bill = await createE2eBill(db, input);
      created.push(bill.id);
      return bill;
    });
    await db.bill.deleteMany({ where: { id: { in: created } } });
    await db.$disconnect();
  },
});

export { expect } from "./fixtures";

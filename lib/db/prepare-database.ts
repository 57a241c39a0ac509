import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { ensureAdmin, type BootstrapOutcome } from "@/lib/auth/bootstrap";
import type { Result } from "@/lib/result";
import { seed } from "@/prisma/seed/seed";

import { PrismaClient } from "./generated/client";
import { migrate } from "./migrate";

export interface Prepared {
  migrationsApplied: string[];
  billsAdded: string[];
  admin: Result<BootstrapOutcome>;
}

/**
 * What every start does before serving: apply pending migrations, load the launch content that
 * is missing, make sure there is an administrator. Each step holds its own advisory lock, so
 * several instances starting at once on one database do each thing exactly once.
 */
export async function prepareDatabase(
  url: string,
  options: { adminEmail?: string; adminPassword?: string; log?: (message: string) => void } = {},
): Promise<Prepared> {
  const migrationsApplied = await migrate(url, { log: options.log });
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const seeded = await seed(client);
    for (const update of seeded.updates) {
      for (const line of update.applied) options.log?.(`Content update ${update.id}: ${line}`);
      for (const line of update.leftAlone) options.log?.(`Content update ${update.id}, left alone: ${line}`);
    }
    const admin = await ensureAdmin(client, { email: options.adminEmail, password: options.adminPassword });
    return { migrationsApplied, billsAdded: seeded.billsAdded, admin };
  } finally {
    await client.$disconnect();
  }
}

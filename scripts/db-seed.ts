import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed/seed";

import { fail, say, withDatabase } from "./cli";

try {
  await withDatabase(async (database) => {
    await migrate(database.url, { log: say });
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const result = await seed(client);
      say(
        result.billsAdded.length
          ? `Seeded ${result.billsAdded.join(", ")}.`
          : "Every launch bill is already present.",
      );
      if (result.statisticsAdded) say(`Added ${result.statisticsAdded} figures.`);
      for (const update of result.updates) {
        say(`Content update ${update.id}: ${update.applied.length} changes applied.`);
        for (const line of update.applied) say(`  ${line}`);
        if (update.leftAlone.length) say(`Left alone, because an editor changed them since they were seeded:`);
        for (const line of update.leftAlone) say(`  ${line}`);
      }
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  fail(error);
}

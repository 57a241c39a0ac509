import pg from "pg";

import { migrate } from "@/lib/db/migrate";

import { fail, say, UsageError, withDatabase } from "./cli";

try {
  if (!process.argv.includes("--yes")) {
    throw new UsageError("db:reset deletes every row in the database. Run it as `npm run db:reset -- --yes` if you mean it.");
  }
  await withDatabase(async (database) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    } finally {
      await client.end();
    }
    say("Dropped every table.");
    await migrate(database.url, { log: say });
  });
  say("Done. The next `npm start` (or `npm run db:seed`) loads the launch content.");
} catch (error) {
  fail(error);
}

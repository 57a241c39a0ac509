import { migrate } from "@/lib/db/migrate";

import { fail, say, withDatabase } from "./cli";

try {
  const applied = await withDatabase((database) => migrate(database.url, { log: say }));
  say(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
} catch (error) {
  fail(error);
}

import path from "node:path";

import { getConfig } from "@/lib/config";
import { backupDatabase } from "@/lib/db/backup";

import { fail, say, withDatabase } from "./cli";

// npm run backup [-- <file>]: a consistent copy of the database and of the data folder's files.
try {
  const config = getConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(process.argv[2] ?? `backups/policy-tracker-${stamp}.jsonl.gz`);
  await import("node:fs/promises").then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
  const dataFolder = path.dirname(path.resolve(config.PGDATA_DIR));
  const result = await withDatabase((database) => backupDatabase(database.url, file, dataFolder));
  say(`Wrote ${result.rows} rows and ${result.files} data file(s) to ${file}`);
} catch (error) {
  fail(error);
}

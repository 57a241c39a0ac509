import path from "node:path";

import { getConfig } from "@/lib/config";
import { BackupError, restoreDatabase } from "@/lib/db/backup";

import { fail, say, UsageError, withDatabase } from "./cli";

// npm run restore -- <file>: into an empty database; newer migrations are applied afterwards.
try {
  const file = process.argv[2];
  if (!file) throw new UsageError("Name the backup to restore: npm run restore -- backups/<file>.jsonl.gz");
  const dataFolder = path.dirname(path.resolve(getConfig().PGDATA_DIR));
  const result = await withDatabase((database) =>
    restoreDatabase(database.url, path.resolve(file), { dataFolder, log: say }),
  );
  say(`Restored ${result.rows} rows.${result.applied.length ? ` Then applied ${result.applied.length} newer migration(s).` : ""}`);
} catch (error) {
  fail(error instanceof BackupError ? new UsageError(error.message) : error);
}

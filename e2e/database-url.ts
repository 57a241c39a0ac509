import { runningEmbeddedUrl } from "@/lib/db/embedded";
import { EMBEDDED_DATABASE_NAME } from "@/lib/db/open-database";

import { e2eDatabaseUrl } from "./state";

// Prints the database URL of the e2e server (or of the embedded cluster in the data folder
// given as argument). Specs run it as a child process with the react-server condition, because
// Playwright loads specs without it and the database helpers are server-only modules.

const dataDir = process.argv[2];
const url = dataDir ? runningEmbeddedUrl(dataDir, EMBEDDED_DATABASE_NAME) : e2eDatabaseUrl();
if (!url) {
  console.error(`No database is running in ${dataDir}.`);
  process.exit(1);
}
console.log(url);

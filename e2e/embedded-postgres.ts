import { createInterface } from "node:readline";

import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { findFreePort } from "@/lib/db/free-port";
import { EMBEDDED_DATABASE_NAME } from "@/lib/db/open-database";
import { prepareDatabase } from "@/lib/db/prepare-database";

// An embedded PostgreSQL that a fault test can stop and start again under a running app, on
// the same port (e2e/faults.ts drives it). Run with the react-server condition, like the
// launcher: `node --conditions=react-server --import tsx e2e/embedded-postgres.ts <dataDir>`.
// Prints `ready <url>` once the database is migrated and seeded, then obeys one command per
// line on stdin: `stop` (answers `stopped`), `start` (answers `started`). Stops the server and
// exits when stdin closes.

const dataDir = process.argv[2];
if (!dataDir) throw new Error("Give the data folder as the first argument.");

const port = await findFreePort();
let server: EmbeddedPostgres | undefined = await startEmbeddedPostgres({ dataDir, port });
await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
const url = server.urlFor(EMBEDDED_DATABASE_NAME);
const prepared = await prepareDatabase(url, { adminEmail: "faults-admin@example.org", adminPassword: "a long passphrase for faults" });
if (!prepared.admin.ok) throw new Error(prepared.admin.error.message);
console.log(`ready ${url}`);

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line === "stop" && server) {
    await server.stop();
    server = undefined;
    console.log("stopped");
  } else if (line === "start" && !server) {
    server = await startEmbeddedPostgres({ dataDir, port });
    console.log("started");
  }
}
await server?.stop();

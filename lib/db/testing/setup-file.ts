import { afterAll, inject } from "vitest";

import { resetConfig } from "@/lib/config";
import { disconnectDb } from "@/lib/db/client";

import { createScratchDatabase } from "./test-database";

// Runs before each integration test file: gives the file its own migrated database and points
// the app's client at it.
const database = await createScratchDatabase(inject("testServerUrl"), inject("testTemplate"));
process.env.DATABASE_URL = database.url;
resetConfig();

afterAll(async () => {
  await disconnectDb();
  await database.drop();
});

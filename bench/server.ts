import { mkdir } from "node:fs/promises";
import path from "node:path";

import { getConfig } from "@/lib/config";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded";
import { dropDatabase, urlForDatabase } from "@/lib/db/testing/test-database";

// The PostgreSQL server the benchmark uses: the one in DATABASE_URL (each bench database is
// created on it), else an embedded cluster kept in bench/tmp/pg so the generated dataset is
// built once and reused. Durable settings (fsync on), as in production: writes cost what they
// would cost.

export interface BenchServer {
  describe: string;
  /** Create the database if missing; its URL. */
  database(name: string): Promise<string>;
  drop(name: string): Promise<void>;
  stop(): Promise<void>;
}

export const BENCH_TMP = path.resolve("bench/tmp");

export async function openBenchServer(): Promise<BenchServer> {
  const external = getConfig().DATABASE_URL;
  if (external) {
    return {
      describe: "PostgreSQL from DATABASE_URL",
      async database(name) {
        await ensureDatabase(external, name);
        return urlForDatabase(external, name);
      },
      drop: (name) => dropDatabase(external, name),
      stop: async () => undefined,
    };
  }
  await mkdir(BENCH_TMP, { recursive: true });
  const server = await startEmbeddedPostgres({ dataDir: path.join(BENCH_TMP, "pg") });
  return {
    describe: "embedded PostgreSQL 18 (bench/tmp/pg)",
    async database(name) {
      await ensureDatabase(server.adminUrl, name);
      return server.urlFor(name);
    },
    drop: (name) => dropDatabase(server.adminUrl, name),
    stop: () => server.stop(),
  };
}

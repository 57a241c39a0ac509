import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { getConfig } from "@/lib/config";

import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

const globalForDb = globalThis as unknown as { policyTrackerDb?: PrismaClient };

function createClient(): PrismaClient {
  const url = getConfig().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  }
  // A server that does not answer at all (a network cut, not a restart) fails a request
  // after this long instead of holding it: proxy.ts then answers 503 (docs/decisions/0009).
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 10_000 }) });
}

function getDb(): PrismaClient {
  // One client per process (the dev server re-imports modules on every change).
  globalForDb.policyTrackerDb ??= createClient();
  return globalForDb.policyTrackerDb;
}

/**
 * The application's Prisma client, created on first use so that importing a module never
 * needs a database (next build imports every route).
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Close the pool, for scripts and graceful shutdown. */
export async function disconnectDb(): Promise<void> {
  const client = globalForDb.policyTrackerDb;
  globalForDb.policyTrackerDb = undefined;
  await client?.$disconnect();
}

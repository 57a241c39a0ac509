import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../generated/client";

/**
 * A Prisma client on the test's own database that counts the SQL statements it sends, for tests
 * that guard against N+1 queries. Pass `client` to a query function, then read `queries()`.
 */
export function countingClient(url: string = process.env.DATABASE_URL ?? "") {
  if (!url) throw new Error("countingClient needs the test database's DATABASE_URL.");
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const statements: string[] = [];
  client.$on("query", (event) => statements.push(event.query));
  return {
    client,
    /** Statements sent since the last reset. */
    queries: () => [...statements],
    reset: () => {
      statements.length = 0;
    },
    disconnect: () => client.$disconnect(),
  };
}

import { fileURLToPath } from "node:url";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient } from "@/lib/db/generated/client";
import { getBillDetail, listBoardBills, listBoardFacets, listPublicBills, listTimeline } from "@/lib/legislation/queries";

import { DATA_DATABASE, ensureBenchData } from "./data";
import { openBenchServer } from "./server";
import { percentile, round, timeRuns } from "./stats";

// Part 3: the public pages' own query functions on the 10,000-bill dataset. Each is timed as a
// page calls it, in this process (Prisma and the database together, as the server spends it;
// without the data cache in front, so every run is a cache miss: the worst case). The SQL each
// one sends is captured from Prisma's query events and run again under EXPLAIN ANALYZE, so the
// plan reported is the plan of the statements actually measured.

export interface StatementPlan {
  sql: string;
  executionMs: number;
  indexes: string[];
  seqScans: string[];
}

export interface QueryTiming {
  name: string;
  /** The function and arguments measured. */
  what: string;
  runs: number;
  p50: number;
  p95: number;
  /** How many bills, events or matches one call returned. */
  rows: string;
  statements: StatementPlan[];
  indexes: string[];
  seqScans: string[];
}

interface PlanNode {
  "Node Type"?: string;
  "Index Name"?: string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

async function explain(client: pg.Client, sql: string, params: unknown[]): Promise<StatementPlan> {
  const result = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  const plan = result.rows[0]?.["QUERY PLAN"][0];
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  if (plan) {
    walk(plan.Plan, (node) => {
      if (node["Index Name"]) indexes.add(node["Index Name"]);
      if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) seqScans.add(node["Relation Name"]);
    });
  }
  return { sql: sql.replace(/\s+/g, " ").slice(0, 160), executionMs: round(plan?.["Execution Time"] ?? 0, 2), indexes: [...indexes], seqScans: [...seqScans] };
}

interface Measured {
  name: string;
  what: string;
  run: (db: PrismaClient) => Promise<string>;
}

export async function measureScale(url: string, runs = 40): Promise<{ anchorMs: number; queries: QueryTiming[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  let capture: { sql: string; params: unknown[] }[] | null = null;
  db.$on("query", (event) => capture?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  try {
    // The first benchmark runs added a column of their own for search; the schema has one now.
    await client.query(`ALTER TABLE "Bill" DROP COLUMN IF EXISTS "benchSearch"`);
    // As autovacuum leaves a database in use: statistics current and the visibility map set,
    // which index-only scans rely on (a freshly generated dataset may not have been vacuumed yet).
    await client.query("VACUUM ANALYZE");
    const anchor = await timeRuns(() => client.query("SELECT 1"), 200, 20);

    const sample = await client.query<{ slug: string }>(`SELECT slug FROM "Bill" WHERE state = 'published' ORDER BY slug OFFSET 4321 LIMIT 1`);
    const middle = await client.query<{ occurredOn: string; id: string }>(
      `SELECT "occurredOn"::date::text AS "occurredOn", id FROM "StatusEvent" ORDER BY "occurredOn" DESC, id DESC OFFSET 100000 LIMIT 1`,
    );
    const slug = sample.rows[0]?.slug;
    const cursor = middle.rows[0];
    if (!slug || !cursor) throw new Error("The benchmark dataset is empty: run npm run bench:data.");

    const board = (filters: Parameters<typeof listBoardBills>[1], page: number) => async (database: PrismaClient) => {
      const result = await listBoardBills(database, filters, page);
      return `${result.bills.length} of ${result.total} bills`;
    };
    const measured: Measured[] = [
      { name: "Board `/`, page 1", what: "listBoardBills(db, {}, 1)", run: board({}, 1) },
      { name: "Board `/?page=150`", what: "listBoardBills(db, {}, 150)", run: board({}, 150) },
      { name: "Board by title, page 1", what: 'listBoardBills(db, { sort: "title" }, 1)', run: board({ sort: "title" }, 1) },
      { name: 'Search, selective ("k123")', what: 'listBoardBills(db, { q: "k123", sort: "relevance" }, 1)', run: board({ q: "k123", sort: "relevance" }, 1) },
      { name: 'Search, broad ("deepfake")', what: 'listBoardBills(db, { q: "deepfake", sort: "relevance" }, 1)', run: board({ q: "deepfake", sort: "relevance" }, 1) },
      {
        name: "Board's facets (topics, page limit)",
        what: "listBoardFacets(db), cached between changes",
        run: async (database) => {
          const facets = await listBoardFacets(database);
          return `${facets.total} bills, ${facets.topics.length} topics`;
        },
      },
      {
        name: "List of all public bills (404s, sitemap, timeline filter)",
        what: "listPublicBills(db), cached between changes",
        run: async (database) => `${(await listPublicBills(database)).length} bills`,
      },
      {
        name: "Bill page",
        what: `getBillDetail(db, "${slug}")`,
        run: async (database) => `${(await getBillDetail(database, slug))?.events.length ?? 0} events`,
      },
      { name: "Timeline, first page", what: "listTimeline(db, {})", run: async (database) => `${(await listTimeline(database, {})).events.length} events` },
      {
        name: "Timeline, half-way down",
        what: `listTimeline(db, { cursor: ${cursor.occurredOn}.${cursor.id} })`,
        run: async (database) => `${(await listTimeline(database, { cursor })).events.length} events`,
      },
    ];

    const queries: QueryTiming[] = [];
    for (const { name, what, run } of measured) {
      let rows = "";
      const times = await timeRuns(async () => (rows = await run(db)), runs);
      capture = [];
      await run(db);
      const issued = capture;
      capture = null;
      const statements: StatementPlan[] = [];
      for (const { sql, params } of issued) statements.push(await explain(client, sql, params));
      queries.push({
        name,
        what,
        runs,
        p50: round(percentile(times, 50), 2),
        p95: round(percentile(times, 95), 2),
        rows,
        statements,
        indexes: [...new Set(statements.flatMap((statement) => statement.indexes))],
        seqScans: [...new Set(statements.flatMap((statement) => statement.seqScans))],
      });
    }
    return { anchorMs: round(percentile(anchor, 50), 3), queries };
  } finally {
    await db.$disconnect();
    await client.end();
  }
}

// `npm run bench:scale`: this part alone (no build, no app instances), for work on the queries;
// prints each query's timings and the plan of every statement it sent.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await openBenchServer();
  try {
    const url = await server.database(DATA_DATABASE);
    await ensureBenchData(url, console.log);
    const { anchorMs, queries } = await measureScale(url);
    console.log(`SELECT 1 round trip p50: ${anchorMs} ms (${server.describe})`);
    for (const query of queries) {
      console.log(`\n${query.name}: p50 ${query.p50} / p95 ${query.p95} ms (${query.rows})`);
      for (const statement of query.statements) {
        console.log(`  ${statement.executionMs} ms; indexes: ${statement.indexes.join(", ") || "none"}; seq scan: ${statement.seqScans.join(", ") || "none"}; ${statement.sql}`);
      }
    }
  } finally {
    await server.stop();
  }
}

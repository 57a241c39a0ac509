import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient } from "@/lib/db/generated/client";
import { listBoardBills } from "@/lib/legislation/queries";

import { percentile, round, timeRuns } from "./stats";

// Part 3: query times on the 10,000-bill dataset, each with its plan. The board is measured
// through the real query function; the bill page, search and timeline queries belong to the
// public-site work, so what is measured here are the SQL shapes they need, on the indexes the
// schema has. For search, a stored tsvector column with a GIN index is added to the benchmark
// database only, standing in for the generated column that work adds.

export interface QueryTiming {
  name: string;
  what: string;
  runs: number;
  p50: number;
  p95: number;
  /** Server-side execution time of one EXPLAIN ANALYZE run. */
  executionMs: number | null;
  indexes: string[];
  seqScans: string[];
  rows: number;
}

const PUBLIC = `(b.state = 'published' OR (b.state = 'scheduled' AND b."publishAt" <= now()))`;
const SEARCH_COLUMN = `"benchSearch"`;

interface Shape {
  name: string;
  what: string;
  statements: { sql: string; params: unknown[] }[];
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

async function explain(client: pg.Client, statements: Shape["statements"]) {
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  let executionMs = 0;
  for (const { sql, params } of statements) {
    const result = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const plan = result.rows[0]?.["QUERY PLAN"][0];
    if (!plan) continue;
    executionMs += plan["Execution Time"];
    walk(plan.Plan, (node) => {
      if (node["Index Name"]) indexes.add(node["Index Name"]);
      if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) seqScans.add(node["Relation Name"]);
    });
  }
  return { indexes: [...indexes], seqScans: [...seqScans], executionMs: round(executionMs, 2) };
}

async function shapes(client: pg.Client): Promise<Shape[]> {
  const sample = await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Bill" b WHERE ${PUBLIC} ORDER BY slug OFFSET 4321 LIMIT 1`);
  const bill = sample.rows[0];
  const middle = await client.query<{ occurredOn: string; id: string }>(
    `SELECT "occurredOn"::text AS "occurredOn", id FROM "StatusEvent" ORDER BY "occurredOn" DESC, id DESC OFFSET 100000 LIMIT 1`,
  );
  const cursor = middle.rows[0];
  if (!bill || !cursor) throw new Error("The benchmark dataset is empty: run npm run bench:data.");
  const latestEvents = `SELECT DISTINCT ON (e."billId") e."billId", e.id, e."occurredOn", e.description
    FROM "StatusEvent" e WHERE e."billId" = ANY($1) AND e."retractedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c."correctsId" = e.id)
    ORDER BY e."billId", e."occurredOn" DESC, e."createdAt" DESC, e.id DESC`;
  const firstPage = await client.query<{ id: string }>(
    `SELECT id FROM "Bill" b WHERE ${PUBLIC} ORDER BY "lastEventOn" DESC NULLS LAST, "shortTitle" LIMIT 50`,
  );
  const timeline = (after: string) => `SELECT e.id, e."occurredOn", e.stage, e.description, b.slug, b."shortTitle"
    FROM "StatusEvent" e JOIN "Bill" b ON b.id = e."billId"
    WHERE ${PUBLIC} ${after} ORDER BY e."occurredOn" DESC, e.id DESC LIMIT 50`;
  const search = `SELECT b.id, b.slug, ts_rank(b.${SEARCH_COLUMN}, q) AS rank
    FROM "Bill" b, websearch_to_tsquery('english', $1) q
    WHERE b.${SEARCH_COLUMN} @@ q AND ${PUBLIC} ORDER BY rank DESC, b.slug LIMIT 20`;
  return [
    {
      name: "Board, first 50 bills",
      what: "bills by latest activity + each one's latest effective event",
      statements: [
        { sql: `SELECT id, slug, "shortTitle", title, "currentStage", "lastEventOn" FROM "Bill" b WHERE ${PUBLIC} ORDER BY "lastEventOn" DESC NULLS LAST, "shortTitle" LIMIT 50`, params: [] },
        { sql: latestEvents, params: [firstPage.rows.map((row) => row.id)] },
      ],
    },
    {
      name: "Bill page",
      what: "the bill by slug, its full history, its key dates",
      statements: [
        { sql: `SELECT * FROM "Bill" b WHERE b.slug = $1 AND ${PUBLIC}`, params: [bill.slug] },
        { sql: `SELECT * FROM "StatusEvent" WHERE "billId" = $1 ORDER BY "occurredOn", "createdAt"`, params: [bill.id] },
        { sql: `SELECT * FROM "KeyDate" WHERE "billId" = $1 ORDER BY date`, params: [bill.id] },
      ],
    },
    { name: "Search, selective (\"k123\")", what: "ranked full-text match, 20 results", statements: [{ sql: search, params: ["k123"] }] },
    { name: "Search, broad (\"deepfake\")", what: "a word in every summary: ranks 9,000 bills", statements: [{ sql: search, params: ["deepfake"] }] },
    { name: "Timeline, first page", what: "newest 50 events of public bills", statements: [{ sql: timeline(""), params: [] }] },
    {
      name: "Timeline, page 2,000",
      what: "50 events after a cursor half-way down",
      statements: [{ sql: timeline(`AND (e."occurredOn", e.id) < ($1::date, $2)`), params: [cursor.occurredOn, cursor.id] }],
    },
  ];
}

export async function measureScale(url: string, runs = 60): Promise<{ anchorMs: number; queries: QueryTiming[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  try {
    // Stands in for the full-text column the public-site work adds (see the note above).
    await client.query(`ALTER TABLE "Bill" ADD COLUMN IF NOT EXISTS ${SEARCH_COLUMN} tsvector
      GENERATED ALWAYS AS (to_tsvector('english', "shortTitle" || ' ' || title || ' ' || summary)) STORED`);
    await client.query(`CREATE INDEX IF NOT EXISTS "bench_bill_search_idx" ON "Bill" USING gin (${SEARCH_COLUMN})`);
    await client.query(`ANALYZE "Bill"`);
    const anchor = await timeRuns(() => client.query("SELECT 1"), 200, 20);
    const queries: QueryTiming[] = [];

    const board = await timeRuns(() => listBoardBills(db), 10, 2);
    const issued: Shape["statements"] = [];
    db.$on("query", (event) => issued.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
    const boardRows = (await listBoardBills(db)).length;
    queries.push({
      name: "Board, every public bill (listBoardBills today)",
      what: `the real query function: ${boardRows.toLocaleString("en")} bills in one page`,
      runs: board.length,
      p50: round(percentile(board, 50)),
      p95: round(percentile(board, 95)),
      rows: boardRows,
      ...(await explain(client, issued)),
    });

    for (const shape of await shapes(client)) {
      let rows = 0;
      const times = await timeRuns(async () => {
        rows = 0;
        for (const { sql, params } of shape.statements) rows += (await client.query(sql, params)).rowCount ?? 0;
      }, runs);
      queries.push({ name: shape.name, what: shape.what, runs, p50: round(percentile(times, 50), 2), p95: round(percentile(times, 95), 2), rows, ...(await explain(client, shape.statements)) });
    }
    return { anchorMs: round(percentile(anchor, 50), 3), queries };
  } finally {
    await db.$disconnect();
    await client.end();
  }
}

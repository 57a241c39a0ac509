import { fileURLToPath } from "node:url";

import pg from "pg";

import { migrate } from "@/lib/db/migrate";
import { modelOf } from "@/lib/legislation/process";

import { openBenchServer } from "./server";

// `npm run bench:data`: the scale dataset, 10,000 bills with 200,000 status events (and a key
// date for every other bill), in a database of its own. Generated in SQL (seconds, not minutes); a tenth of the bills are drafts,
// as a real tracker has some. Kept between runs; regenerated only if its size is not right.

export const DATA_DATABASE = "policy_tracker_bench_data";
export const BILLS = 10_000;
export const EVENTS_PER_BILL = 20;

/** The legislature's chamber and final steps in order (one per rank), as "path:stage", for a bill that walks them all. */
function stepSequence(jurisdiction: string): { sql: string; length: number } {
  const steps = modelOf(jurisdiction)
    .paths.filter((path) => path.kind === "chamber" || path.kind === "final")
    .flatMap((path) => {
      const ranks = [...new Set(path.steps.filter((step) => !step.optional).map((step) => step.rank))].sort((a, b) => a - b);
      return ranks.flatMap((rank) => {
        const step = path.steps.find((candidate) => candidate.rank === rank && !candidate.optional);
        return step ? [`${path.code}:${step.code}`] : [];
      });
    });
  return { sql: `ARRAY[${steps.map((step) => `'${step}'`).join(",")}]`, length: steps.length };
}

const US = stepSequence("us");
const UK = stepSequence("uk");

const TOPICS = ["online safety", "deepfakes", "child protection", "platform duties", "encryption", "age assurance"];

const GENERATE = `
INSERT INTO "Bill" ("id", "slug", "shortTitle", "title", "jurisdiction", "numbers", "session", "sponsors", "committees",
  "summary", "keyProvisions", "topics", "officialLinks", "state", "verifiedOn", "createdAt", "updatedAt")
SELECT 'bench-' || i, 'bench-bill-' || i, 'Bench Act ' || i,
  'A bill to address ' || (ARRAY[${TOPICS.map((topic) => `'${topic}'`).join(",")}])[1 + i % ${TOPICS.length}] || ', number ' || i,
  CASE WHEN i % 3 = 0 THEN 'uk' ELSE 'us' END,
  ARRAY[(CASE WHEN i % 2 = 0 THEN 'S.' ELSE 'H.R.' END) || i], '119th Congress', ARRAY['Sponsor ' || (i % 97)], ARRAY[]::text[],
  'Summary of bench bill ' || i || ': duties for platforms to remove non-consensual intimate images and deepfake abuse within 48 hours; '
    || 'reporting to the CyberTipline; penalties. Keyword k' || (i % 500) || '.',
  ARRAY['Provision one', 'Provision two'], ARRAY[(ARRAY[${TOPICS.map((topic) => `'${topic}'`).join(",")}])[1 + i % ${TOPICS.length}]], '[]',
  (CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'published' END)::"PublicationState",
  DATE '2026-01-01', now(), now()
FROM generate_series(1, ${BILLS}) AS i;

INSERT INTO "StatusEvent" ("id", "billId", "path", "stage", "occurredOn", "chamber", "description", "sourceUrl", "sourceKind", "createdAt")
SELECT 'bench-' || i || '-' || e, 'bench-' || i, split_part(step, ':', 1), split_part(step, ':', 2),
  DATE '2019-01-01' + (i % 1000) + e * 30,
  CASE WHEN i % 3 = 0
    THEN (CASE split_part(step, ':', 1) WHEN 'first_house' THEN 'commons' WHEN 'second_house' THEN 'lords' END)
    ELSE (CASE split_part(step, ':', 1) WHEN 'final' THEN 'president' ELSE split_part(step, ':', 1) END) END,
  'Step ' || e || ' of bench bill ' || i || ': committee hearing on platform accountability and deepfake reporting',
  'https://example.org/bench/' || i || '/' || e, 'official', now() - (${EVENTS_PER_BILL} - e) * interval '1 second'
FROM generate_series(1, ${BILLS}) AS i, generate_series(1, ${EVENTS_PER_BILL}) AS e,
  LATERAL (SELECT CASE WHEN i % 3 = 0
    THEN (${UK.sql})[1 + (e - 1) * (${UK.length} - 1) / ${EVENTS_PER_BILL}]
    ELSE (${US.sql})[1 + (e - 1) * (${US.length} - 1) / ${EVENTS_PER_BILL}] END AS step) AS chosen;

INSERT INTO "KeyDate" ("id", "billId", "date", "title", "sourceUrl", "updatedAt")
SELECT 'bench-' || i || '-kd', 'bench-' || i, DATE '2026-06-01' + (i % 365), 'Compliance deadline', 'https://example.org/bench/' || i, now()
FROM generate_series(1, ${BILLS}, 2) AS i;

UPDATE "Bill" b SET "currentStage" = latest.stage, "currentPath" = latest.path, "lastEventOn" = latest."occurredOn"
FROM (SELECT DISTINCT ON ("billId") "billId", path, stage, "occurredOn" FROM "StatusEvent" ORDER BY "billId", "occurredOn" DESC, "createdAt" DESC) latest
WHERE latest."billId" = b.id;
`;

/** Make sure the dataset exists at `url`; returns its size and whether it was (re)generated. */
export async function ensureBenchData(url: string, say: (line: string) => void = () => undefined) {
  await migrate(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts = await client.query<{ bills: number; events: number; keyDates: number }>(
      'SELECT (SELECT count(*)::int FROM "Bill") AS bills, (SELECT count(*)::int FROM "StatusEvent") AS events, (SELECT count(*)::int FROM "KeyDate") AS "keyDates"',
    );
    const { bills, events, keyDates } = counts.rows[0] ?? { bills: 0, events: 0, keyDates: 0 };
    if (bills === BILLS && events === BILLS * EVENTS_PER_BILL && keyDates === BILLS / 2) return { generated: false, bills, events, ms: 0 };

    say(`Generating ${BILLS.toLocaleString("en")} bills and ${(BILLS * EVENTS_PER_BILL).toLocaleString("en")} status events…`);
    const started = performance.now();
    await client.query("BEGIN");
    await client.query('TRUNCATE "Bill", "StatusEvent", "KeyDate", "BillRevision" CASCADE');
    await client.query(GENERATE);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { generated: true, bills: BILLS, events: BILLS * EVENTS_PER_BILL, ms: Math.round(performance.now() - started) };
  } finally {
    await client.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await openBenchServer();
  try {
    const result = await ensureBenchData(await server.database(DATA_DATABASE), console.log);
    console.log(
      result.generated
        ? `Generated in ${(result.ms / 1000).toFixed(1)} s on ${server.describe}, database ${DATA_DATABASE}.`
        : `The dataset is already there (${server.describe}, database ${DATA_DATABASE}).`,
    );
  } finally {
    await server.stop();
  }
}

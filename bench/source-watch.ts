import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/lib/db/migrate";
import { pollDue, pollNext, type PollResult } from "@/lib/source-watch/poller";
import type { SourceWatchSettings } from "@/lib/source-watch/settings";
import { startFakeOfficialServer } from "@/lib/source-watch/testing/fake-official-server";
import { fixtureText } from "@/lib/source-watch/testing/fixtures";

import { openBenchServer } from "./server";
import { percentile, round, timeRuns } from "./stats";

// `npm run bench:source-watch`: what the poller costs with many watched sources. N Congress.gov
// sources (default 1,000, on N/2 bills) are polled against the fake Congress.gov on loopback by
// two pollers with their own connection pools, as two instances would: a first round (every
// answer new, suggestions stored), a second round (every answer unchanged: 304), and the idle
// check every instance makes every two seconds. The anchor is a plain request to the same fake
// server, so the poller's own cost (claim, rate count, parse, dedupe, writes) shows as a ratio.
// Writes bench/results/source-watch-<date>.json and prints a Markdown table.

const { values: args } = parseArgs({ options: { sources: { type: "string", default: "1000" } } });
const SOURCES = Number(args.sources);
const DATABASE = "policy_tracker_bench_watch";
const say = (line: string) => console.log(`[bench] ${line}`);

const server = await openBenchServer();
await server.drop(DATABASE);
const url = await server.database(DATABASE);
await migrate(url);
const client = (name: string) => {
  const address = new URL(url);
  address.searchParams.set("application_name", name);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: address.toString() }) });
};
const [first, second] = [client("watch-bench-a"), client("watch-bench-b")];
const fake = await startFakeOfficialServer();

try {
  const bills = SOURCES / 2;
  say(`making ${bills} bills with ${SOURCES} watched sources`);
  await first.bill.createMany({
    data: Array.from({ length: bills }, (_, index) => ({
      slug: `watch-bench-${index + 1}`,
      shortTitle: `Watch Bench Act ${index + 1}`,
      title: `Watch Bench Act ${index + 1}`,
      jurisdiction: "us",
      numbers: [`S.${index + 1}`, `H.R.${index + 1}`],
      session: "119th Congress",
      sponsors: [],
      committees: [],
      summary: "",
      keyProvisions: [],
      topics: [],
      state: "published" as const,
    })),
  });
  const billRows = await first.bill.findMany({ select: { id: true, slug: true } });
  const senate = fixtureText("congress/s-3021-actions.json");
  const house = fixtureText("congress/hr-633-actions.json");
  // Each poll of a Congress.gov bill also reads its text versions: none listed here.
  const noText = JSON.stringify({ textVersions: [] });
  await first.watchedSource.createMany({
    data: billRows.flatMap((bill) => {
      const number = Number(bill.slug.split("-").at(-1));
      fake.set(`/v3/bill/119/s/${number}/actions`, { kind: "json", body: senate });
      fake.set(`/v3/bill/119/hr/${number}/actions`, { kind: "json", body: house });
      fake.set(`/v3/bill/119/s/${number}/text`, { kind: "json", body: noText });
      fake.set(`/v3/bill/119/hr/${number}/text`, { kind: "json", body: noText });
      return [
        { billId: bill.id, kind: "congress_bill" as const, identifier: `119/s/${number}` },
        { billId: bill.id, kind: "congress_bill" as const, identifier: `119/hr/${number}` },
      ];
    }),
  });

  const settings: SourceWatchSettings = {
    intervalMs: 900_000,
    congressApiKey: "bench-key",
    congressBaseUrl: `${fake.url}/v3`,
    ukBillsBaseUrl: `${fake.url}/uk`,
    legislationBaseUrl: `${fake.url}/legislation`,
    govinfoBaseUrl: `${fake.url}/govinfo`,
    policy: { allowPrivateAddresses: true },
  };
  const deps = { settings, now: () => new Date() };

  // The anchor: the same request without the poller around it.
  const anchorTimes = await timeRuns(async () => {
    const response = await fetch(`${fake.url}/v3/bill/119/s/1/actions?format=json&limit=250`, { headers: { "X-Api-Key": "bench-key" } });
    await response.text();
  }, 300);

  async function pollRound(label: string): Promise<{ label: string; wallMs: number; perPoll: number[]; results: Record<string, number>; requests: number }> {
    const requestsBefore = totalRequests();
    const perPoll: number[] = [];
    const timed = async (database: PrismaClient) => {
      const results: PollResult[] = [];
      for (;;) {
        const started = performance.now();
        const result = await pollNext(database, deps);
        if (result === "idle") return results;
        perPoll.push(performance.now() - started);
        results.push(result);
      }
    };
    const started = performance.now();
    const results = (await Promise.all([timed(first), timed(second)])).flat();
    const wallMs = performance.now() - started;
    const tally: Record<string, number> = {};
    for (const result of results) tally[result] = (tally[result] ?? 0) + 1;
    return { label, wallMs, perPoll, results: tally, requests: totalRequests() - requestsBefore };
  }

  function totalRequests(): number {
    let total = 0;
    for (let number = 1; number <= bills; number += 1) {
      for (const type of ["s", "hr"]) total += fake.count(`/v3/bill/119/${type}/${number}/actions`) + fake.count(`/v3/bill/119/${type}/${number}/text`);
    }
    return total;
  }

  say("round 1: every answer new");
  const fresh = await pollRound("every answer new (suggestions stored)");
  const suggestions = await first.suggestion.count();
  await first.watchedSource.updateMany({ data: { nextPollAt: new Date(Date.now() - 1000) } });
  say("round 2: every answer unchanged");
  const unchanged = await pollRound("every answer unchanged (304)");
  const idle = await timeRuns(() => pollDue(first, deps), 200);

  const rows = [fresh, unchanged].map((run) => ({
    measure: `${SOURCES} sources, ${run.label}, two pollers`,
    wallSeconds: round(run.wallMs / 1000, 2),
    pollsPerSecond: round((Object.values(run.results).reduce((a, b) => a + b, 0) * 1000) / run.wallMs, 1),
    perPollP50Ms: round(percentile(run.perPoll, 50), 2),
    perPollP95Ms: round(percentile(run.perPoll, 95), 2),
    results: run.results,
    requests: run.requests,
  }));
  const anchorP50 = percentile(anchorTimes, 50);
  const result = {
    at: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load ${round(os.loadavg()[0] ?? 0, 2)}`,
    database: server.describe,
    sources: SOURCES,
    suggestionsStored: suggestions,
    rounds: rows,
    idleCheckP50Ms: round(percentile(idle, 50), 2),
    idleCheckP95Ms: round(percentile(idle, 95), 2),
    anchorRequestP50Ms: round(anchorP50, 2),
    // At the default interval every source is due once per 900 s, across all instances.
    neededPollsPerSecond: round(SOURCES / 900, 2),
  };
  await mkdir(path.resolve("bench/results"), { recursive: true });
  const file = path.resolve(`bench/results/source-watch-${result.at.slice(0, 10)}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nRun ${result.at} on ${result.machine}, ${result.database}.\n`);
  console.log("| Measure | Wall time | Polls/s | Per poll p50 / p95 | Requests made | Anchor: plain request p50 | Ratio (p50) |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) {
    console.log(`| ${row.measure} | ${row.wallSeconds} s | ${row.pollsPerSecond} | ${row.perPollP50Ms} / ${row.perPollP95Ms} ms | ${row.requests} | ${result.anchorRequestP50Ms} ms | ${round(row.perPollP50Ms / anchorP50, 1)}× |`);
  }
  console.log(`| Idle check (nothing due), every 2 s per instance | – | – | ${result.idleCheckP50Ms} / ${result.idleCheckP95Ms} ms | 0 | | |`);
  console.log(`\nSuggestions stored: ${suggestions}. Needed at the default 900 s interval: ${result.neededPollsPerSecond} polls/s. Results: ${path.relative(process.cwd(), file)}`);
} finally {
  await Promise.all([first.$disconnect(), second.$disconnect()]);
  await fake.close();
  await server.drop(DATABASE);
  await server.stop();
}

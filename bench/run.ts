import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { PrismaPg } from "@prisma/adapter-pg";

import { findFreePort } from "@/lib/db/free-port";
import { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/lib/db/migrate";
import { heapLimitFlags } from "@/lib/heap-limit";
import { seed } from "@/prisma/seed/seed";

import { DATA_DATABASE, ensureBenchData } from "./data";
import { measureLighthouse } from "./lighthouse";
import { measureLiveLatency } from "./live-latency";
import { rssMegabytes, samplePeakRss } from "./memory";
import { measurePublicJs } from "./public-js";
import { measureScale } from "./scale";
import { measureTextDiff } from "./text-diff";
import { BENCH_TMP, openBenchServer } from "./server";
import { round } from "./stats";
import { load, startStaticServer, type Load } from "./throughput";
import { measureWritesUnderLoad } from "./writes-under-load";

// `npm run bench`: every figure beside an anchor measured in the same run, as a ratio, so that
// results from different machines can be compared. Writes bench/results/<date>.json and prints
// a Markdown table (`-- --readme` also puts it in the README).
//
//   npm run bench -- --page /bills/take-it-down-act --clients 100 --writes 40 --seconds 8
//
// Builds first unless --no-build. Uses DATABASE_URL's server when set, else an embedded one.

const { values: args } = parseArgs({
  options: {
    page: { type: "string", default: "/" },
    clients: { type: "string", default: "100" },
    writes: { type: "string", default: "40" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "10" },
    "no-build": { type: "boolean", default: false },
    readme: { type: "boolean", default: false },
    // The first of three ports for the two instances and the static server; free ones if unset.
    ports: { type: "string" },
  },
});

const APP_DATABASE = "policy_tracker_bench_app";
const nextBin = path.resolve("node_modules/next/dist/bin/next");
const serveScript = path.resolve("scripts/serve.mjs");
const say = (line: string) => console.log(`[bench] ${line}`);
const began = performance.now();
// The machine may be shared (CI, other work): the load before and after goes into the results.
const loadBefore = os.loadavg()[0] ?? 0;
// One secret for both instances, as npm start requires of several instances: live event ids are
// encrypted under a key derived from it (lib/live/event-id.ts), so the ids instance A reports for
// its writes match the ones instance B's streams send only if they share it.
const authSecret = randomBytes(32).toString("base64");

function startInstance(port: number, databaseUrl: string): ChildProcess {
  // The server npm start runs, with the heap limit it gives each instance (lib/heap-limit.ts).
  return spawn(process.execPath, [...heapLimitFlags(), serveScript], {
    // All the benchmark's SSE clients are one client (this machine): let it hold them all.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      ENABLE_TEST_ROUTES: "1",
      AUTH_SECRET: authSecret,
      // The benchmark must not poll the real official APIs (nor fail to, offline).
      SOURCE_WATCH: "off",
      LOG_LEVEL: "warn",
      NEXT_MANUAL_SIG_HANDLE: "true",
      LIVE_MAX_STREAMS_PER_CLIENT: "1000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not become ready`);
}

function stopInstance(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Two decimals, or two significant digits below 0.1, so a small ratio does not print as 0×. */
function ratio(value: number, anchor: number): number {
  const r = value / anchor;
  return r >= 0.1 ? round(r, 2) : Number(r.toPrecision(2));
}

async function main() {
  if (!args["no-build"] || !existsSync(".next/BUILD_ID")) {
    say("Building (next build)…");
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const build = spawnSync(process.execPath, [nextBin, "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("next build failed");
  }
  await mkdir(BENCH_TMP, { recursive: true });
  const server = await openBenchServer();
  const instances: ChildProcess[] = [];
  try {
    say(`Database: ${server.describe}.`);
    await server.drop(APP_DATABASE);
    const appUrl = await server.database(APP_DATABASE);
    await migrate(appUrl);
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: appUrl }) });
    await seed(client);
    // Part 2's writes run the real command as this editor (through the test route).
    const editor = await client.user.create({ data: { email: "bench-editor@example.org", role: "editor" } });
    await client.$disconnect();

    const first = args.ports ? Number(args.ports) : null;
    const [portA, portB, portStatic] = first ? [first, first + 1, first + 2] : [await findFreePort(), await findFreePort(), await findFreePort()];
    const a = startInstance(portA, appUrl);
    const b = startInstance(portB, appUrl);
    instances.push(a, b);
    const urlA = `http://127.0.0.1:${portA}`;
    const urlB = `http://127.0.0.1:${portB}`;
    await Promise.all([waitUntilReady(urlA), waitUntilReady(urlB)]);
    if (!a.pid || !b.pid) throw new Error("An instance has no process id");

    // 1. Cached page vs static file with the same bytes.
    const page = args.page;
    for (let i = 0; i < 20; i += 1) await (await fetch(`${urlA}${page}`)).text();
    const sample = await fetch(`${urlA}${page}`);
    const pageCacheOutcome = sample.headers.get("x-page-cache") ?? "none";
    const html = await sample.arrayBuffer();
    const file = path.join(BENCH_TMP, "page.html");
    await writeFile(file, Buffer.from(html));
    const idleRssA = await rssMegabytes(a.pid);
    const connections = Number(args.connections);
    const seconds = Number(args.seconds);
    say(`Part 1: ${page} (${Math.round(html.byteLength / 1024)} KB) against a static server, ${connections} connections × ${seconds} s each…`);
    const stopStatic = await startStaticServer(file, portStatic);
    const staticLoad = await load(`http://127.0.0.1:${portStatic}/`, connections, seconds);
    stopStatic();
    const peakA = samplePeakRss(a.pid);
    const pageLoad = await load(`${urlA}${page}`, connections, seconds);
    const underLoadRssA = peakA();
    // What a full-route cache could reach: Next serving a page it prerendered (its 404 page).
    const prerenderedLoad = await load(`${urlA}/bench-no-such-page`, connections, seconds);

    const slug = /^\/bills\/([^/?#]+)/.exec(page)?.[1] ?? "take-it-down-act";
    // 1b. The same load while one edit a second lands, counting stale answers after each notice.
    say(`Part 1b: ${page} under the same load with one edit a second through A and B…`);
    const underWrites = await measureWritesUnderLoad({ instances: [urlA, urlB], page, editorEmail: editor.email, slug, connections, seconds });

    // 5. Lighthouse, mobile, on this machine's Chromium (before part 2 adds a hundred edits).
    say("Part 5: Lighthouse (mobile) of / and a bill page…");
    const lighthouse = await measureLighthouse(urlA, ["/", `/bills/${slug}`]);

    // 2. Edit on A → event on B.
    const clients = Number(args.clients);
    const writes = Number(args.writes);
    say(`Part 2: ${clients} SSE clients on instance B, ${writes} writes through instance A…`);
    const idleRssB = await rssMegabytes(b.pid);
    const peakB = samplePeakRss(b.pid);
    const live = await measureLiveLatency({ writer: urlA, watcher: urlB, editorEmail: editor.email, slug, clients, writes });
    const underLoadRssB = peakB();

    // 4. Public JS.
    const pageJs = await measurePublicJs(urlA, page);
    const anchorJs = await measurePublicJs(urlA, "/bench-no-such-page");

    await Promise.all(instances.map(stopInstance));
    instances.length = 0;

    // 3. Scale.
    say("Part 3: queries on 10,000 bills and 200,000 status events…");
    const dataUrl = await server.database(DATA_DATABASE);
    await ensureBenchData(dataUrl, say);
    const scale = await measureScale(dataUrl);
    say("Part 4: the redline of a 100-page bill…");
    const textDiff = await measureTextDiff();

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? "unknown",
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        database: server.describe,
        loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0] ?? 0, 2) },
      },
      options: { page, clients, writes, seconds, connections },
      cachedPage: {
        page,
        bytes: html.byteLength,
        app: pageLoad,
        staticFile: staticLoad,
        prerendered: prerenderedLoad,
        pageCacheOutcome,
        throughputRatio: ratio(pageLoad.requestsPerSecond, staticLoad.requestsPerSecond),
        underWrites,
      },
      lighthouse,
      editToVisible: live,
      scale,
      textDiff,
      memory: { instanceAIdleMb: idleRssA, instanceAUnderPageLoadMb: underLoadRssA, instanceBIdleMb: idleRssB, instanceBUnderStreamsMb: underLoadRssB },
      publicJs: { page: pageJs, anchor: anchorJs },
      durationSeconds: Math.round((performance.now() - began) / 1000),
    };
    const day = results.date.slice(0, 10);
    await mkdir("bench/results", { recursive: true });
    await writeFile(`bench/results/${day}.json`, `${JSON.stringify(results, null, 2)}\n`);
    const table = markdown(results);
    console.log(`\n${table}\n`);
    say(`Wrote bench/results/${day}.json in ${results.durationSeconds} s.`);
    if (args.readme) {
      await updateReadme(table);
      say("Updated the README's results table.");
    }
  } finally {
    await Promise.all(instances.map(stopInstance));
    await server.stop();
  }
}

type Results = {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; database: string; loadAverage: { before: number; after: number } };
  options: { clients: number; writes: number; seconds: number; connections: number };
  cachedPage: {
    page: string;
    app: Load;
    staticFile: Load;
    prerendered: Load;
    pageCacheOutcome: string;
    throughputRatio: number;
    underWrites: Awaited<ReturnType<typeof measureWritesUnderLoad>>;
  };
  lighthouse: Awaited<ReturnType<typeof measureLighthouse>>;
  editToVisible: Awaited<ReturnType<typeof measureLiveLatency>>;
  scale: Awaited<ReturnType<typeof measureScale>>;
  textDiff: Awaited<ReturnType<typeof measureTextDiff>>;
  memory: { instanceAIdleMb: number; instanceAUnderPageLoadMb: number; instanceBIdleMb: number; instanceBUnderStreamsMb: number };
  publicJs: { page: { path: string; gzipKb: number; scripts: number }; anchor: { gzipKb: number; sources: string[] } };
  durationSeconds: number;
};

const met = (ok: boolean) => (ok ? "yes" : "**no**");

/**
 * What held a Lighthouse score below 100: the main thread's costliest work and scripts (the whole
 * profile is in the results file). A script Next's own 404 page loads too is Next's or React's
 * runtime, not this app's code.
 */
function limitedBy(result: Results["lighthouse"][number], runtime: ReadonlySet<string>): string {
  const work = result.profile.work.slice(0, 2).map((item) => `${item.group} ${item.ms} ms`).join(", ");
  const scripts = result.profile.scripts
    .filter((script) => script.url.startsWith("/_next/"))
    .slice(0, 2)
    .map((script) => `\`${script.url.split("/").pop() ?? script.url}\`${runtime.has(script.url) ? " (Next/React runtime)" : ""} ${script.totalMs} ms (${script.scriptingMs} ms scripting)`)
    .join(", ");
  return `main thread: ${work || "nothing recorded"}; costliest scripts: ${scripts || "none"}`;
}

function markdown(r: Results): string {
  const { cachedPage: c, editToVisible: l, scale: s, memory: m, publicJs: j, textDiff: t } = r;
  const w = c.underWrites;
  const rows: string[][] = [
    ["Measure", "Result", "Same-run anchor", "Ratio", "Goal", "Met"],
    ["---", "---", "---", "---", "---", "---"],
    [`Cached \`${c.page}\` (page cache: ${c.pageCacheOutcome}): throughput (${r.options.connections} connections)`, `${c.app.requestsPerSecond} req/s`, `static file, same bytes: ${c.staticFile.requestsPerSecond} req/s`, `${c.throughputRatio}×`, "≥ 0.5×", met(c.throughputRatio >= 0.5)],
    ["Next serving a prerendered page (its 404 page): throughput", `${c.prerendered.requestsPerSecond} req/s`, `static file: ${c.staticFile.requestsPerSecond} req/s`, `${ratio(c.prerendered.requestsPerSecond, c.staticFile.requestsPerSecond)}×`, "(ceiling of a full-route cache)", ""],
    [`Cached \`${c.page}\`: latency p50 / p99`, `${c.app.latencyP50} / ${c.app.latencyP99} ms`, `static: ${c.staticFile.latencyP50} / ${c.staticFile.latencyP99} ms`, `${ratio(c.app.latencyP99, Math.max(c.staticFile.latencyP99, 1))}× (p99)`, "", ""],
    [`Cached \`${c.page}\` with 1 edit a second: throughput, p99`, `${w.load.requestsPerSecond} req/s, p99 ${w.load.latencyP99} ms`, `static file: ${c.staticFile.requestsPerSecond} req/s`, `${ratio(w.load.requestsPerSecond, c.staticFile.requestsPerSecond)}×`, "", ""],
    [`Stale answers after an edit's notice (${w.writes} edits, ${w.checks} reads of the page and the bill's page on both instances)`, `${w.stale}`, "", "", "0", met(w.stale === 0)],
    ...r.lighthouse.map((result) => [
      `Lighthouse mobile \`${result.path}\`: performance (TBT, LCP)`,
      `${result.performance} (TBT ${result.totalBlockingTimeMs} ms, LCP ${result.largestContentfulPaintMs} ms); legacy JS ${Math.round(result.legacyJavaScriptBytes / 1024)} KB; console errors: ${result.consoleErrors.length}${result.performance >= 100 ? "" : `; ${limitedBy(result, new Set(j.anchor.sources))}`}`,
      "",
      "",
      "100",
      met(result.performance >= 100),
    ]),
    [`Edit on A → SSE event on B (${l.clients} clients × ${l.writes} writes): p50 / p95 / p99`, `${l.p50} / ${l.p95} / ${l.p99} ms (${l.delivered}/${l.expected} delivered)`, `the write's own acknowledgement on A, p50: ${l.writeAckP50} ms`, `${ratio(l.p95, l.writeAckP50)}× (p95)`, "p95 < 300 ms", met(l.p95 < 300 && l.delivered === l.expected)],
    ["Edit on A → B's page shows it (event, then page load): p50 / p95", `${l.pageVisibleP50} / ${l.pageVisibleP95} ms`, `write acknowledged: ${l.writeAckP50} ms`, `${ratio(l.pageVisibleP95, l.writeAckP50)}× (p95)`, "", ""],
    ...s.queries.map((q) => [
      `${q.name}: p50 / p95`,
      `${q.p50} / ${q.p95} ms (${q.rows}); indexes: ${q.indexes.length ? q.indexes.join(", ") : "none"}${q.seqScans.length ? `; seq scan: ${q.seqScans.join(", ")}` : ""}`,
      `\`SELECT 1\` round trip p50: ${s.anchorMs} ms`,
      `${ratio(q.p95, s.anchorMs)}×`,
      "p95 < 50 ms",
      met(q.p95 < 50),
    ]),
    [
      `Redline of a ${t.pages}-page bill (${t.words.toLocaleString("en-GB")} words, ${t.sections.from} sections): first p50 (max) / cached p95`,
      `${t.coldP50Ms} (${t.coldMaxMs}) / ${t.cachedP95Ms} ms`,
      "",
      "",
      "< 1,000 ms / < 10 ms",
      met(t.coldMaxMs < 1000 && t.cachedP95Ms < 10),
    ],
    ["RSS of instance A under page load", `${m.instanceAUnderPageLoadMb} MB`, `idle after start: ${m.instanceAIdleMb} MB`, `${ratio(m.instanceAUnderPageLoadMb, m.instanceAIdleMb)}×`, "< 300 MB", met(m.instanceAUnderPageLoadMb < 300)],
    [`RSS of instance B with ${l.clients} streams open`, `${m.instanceBUnderStreamsMb} MB`, `idle after start: ${m.instanceBIdleMb} MB`, `${ratio(m.instanceBUnderStreamsMb, m.instanceBIdleMb)}×`, "< 300 MB", met(m.instanceBUnderStreamsMb < 300)],
    [`Public JS of \`${j.page.path}\` (gzipped, ${j.page.scripts} scripts)`, `${j.page.gzipKb} KB (${round(j.page.gzipKb - j.anchor.gzipKb)} KB of it this app's)`, `Next's own 404 page: ${j.anchor.gzipKb} KB`, `${ratio(j.page.gzipKb, j.anchor.gzipKb)}×`, "≤ 110 KB", met(j.page.gzipKb <= 110)],
  ];
  const { before, after } = r.machine.loadAverage;
  const header = `Run ${r.date.slice(0, 16).replace("T", " ")} UTC on ${r.machine.cpus} × ${r.machine.cpuModel} (load average ${before} before, ${after} after), Node ${r.machine.node}, ${r.machine.database}; ${r.durationSeconds} s in all.`;
  return `${header}\n\n${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}`;
}

async function updateReadme(table: string): Promise<void> {
  const readme = await readFile("README.md", "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error("README.md has no bench:start/bench:end markers");
  await writeFile("README.md", `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

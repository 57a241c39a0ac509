import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import { findChromium } from "@/e2e/browser";

// Part 5: Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G and a 4×
// slower CPU) of public pages, on this machine's Chromium, offline. Performance is scored from
// the simulated timings, so it is far less sensitive to the machine's load than throughput.

/** Where the simulated phone's main thread went: what limits Total Blocking Time, and so the score. */
export interface MainThreadProfile {
  /** Lighthouse's bootup-time audit, per script, most costly first (milliseconds of the simulated CPU). */
  scripts: { url: string; totalMs: number; scriptingMs: number; parseCompileMs: number }[];
  /** Lighthouse's mainthread-work-breakdown, per kind of work, most costly first. */
  work: { group: string; ms: number }[];
}

export interface LighthouseResult {
  path: string;
  performance: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  legacyJavaScriptBytes: number;
  consoleErrors: string[];
  profile: MainThreadProfile;
}

interface AuditItem {
  description?: string;
  url?: string;
  wastedBytes?: number;
  total?: number;
  scripting?: number;
  scriptParseCompile?: number;
  group?: string;
  groupLabel?: string;
  duration?: number;
}

interface Audit {
  numericValue?: number;
  details?: { items?: AuditItem[] };
}

const ms = (value: number | undefined) => Math.round(value ?? 0);

function profileOf(audits: Record<string, Audit | undefined>, base: string): MainThreadProfile {
  return {
    scripts: (audits["bootup-time"]?.details?.items ?? [])
      .map((item) => ({ url: (item.url ?? "").replace(base, ""), totalMs: ms(item.total), scriptingMs: ms(item.scripting), parseCompileMs: ms(item.scriptParseCompile) }))
      .sort((a, b) => b.totalMs - a.totalMs),
    work: (audits["mainthread-work-breakdown"]?.details?.items ?? [])
      .map((item) => ({ group: item.groupLabel ?? item.group ?? "", ms: ms(item.duration) }))
      .sort((a, b) => b.ms - a.ms),
  };
}

export async function measureLighthouse(base: string, paths: readonly string[]): Promise<LighthouseResult[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("No Chromium for Lighthouse: install it with apt-get install -y chromium, or set CHROMIUM_PATH.");
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const run = await lighthouse(`${base}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "best-practices"] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const audits = run.lhr.audits as Record<string, Audit | undefined>;
      results.push({
        path,
        performance: Math.round((run.lhr.categories.performance?.score ?? 0) * 100),
        totalBlockingTimeMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
        largestContentfulPaintMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
        legacyJavaScriptBytes: (audits["legacy-javascript"]?.details?.items ?? []).reduce((sum, item) => sum + (item.wastedBytes ?? 0), 0),
        consoleErrors: (audits["errors-in-console"]?.details?.items ?? []).map((item) => `${item.description ?? ""} ${item.url ?? ""}`.trim()),
        profile: profileOf(audits, base),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import { findChromium } from "@/e2e/browser";

// Part 5: Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G and a 4×
// slower CPU) of public pages, on this machine's Chromium, offline. Performance is scored from
// the simulated timings, so it is far less sensitive to the machine's load than throughput.

export interface LighthouseResult {
  path: string;
  performance: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  legacyJavaScriptBytes: number;
  consoleErrors: string[];
}

interface Audit {
  numericValue?: number;
  details?: { items?: { description?: string; url?: string; wastedBytes?: number }[] };
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
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

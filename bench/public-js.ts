import { gzipSync } from "node:zlib";

// Part 4: the JavaScript a public page makes a browser download, as served: every script the
// page's HTML loads, gzipped (what a server or CDN sends). Scripts marked nomodule (polyfills
// for browsers without ES modules) are left out: current browsers never fetch them.

export interface PageJs {
  path: string;
  scripts: number;
  rawKb: number;
  gzipKb: number;
  /** The scripts' addresses as the page names them. */
  sources: string[];
}

export async function measurePublicJs(baseUrl: string, pagePath: string): Promise<PageJs> {
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = [...new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? ""))].filter(Boolean);
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { path: pagePath, scripts: sources.length, rawKb: Math.round(raw / 102.4) / 10, gzipKb: Math.round(gzip / 102.4) / 10, sources };
}

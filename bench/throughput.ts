import { execFile, fork } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { round } from "./stats";

// Part 1: a cached page against a static file server with the same bytes, both loaded by
// autocannon from a process of its own, in the same run.

const run = promisify(execFile);
const autocannonBin = path.resolve("node_modules/autocannon/autocannon.js");

export interface Load {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
}

interface AutocannonJson {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

/** autocannon with `connections` for `seconds` against `url`, after a short warm-up. */
export async function load(url: string, connections: number, seconds: number): Promise<Load> {
  await run(process.execPath, [autocannonBin, "-c", String(connections), "-d", "2", "-j", url], { maxBuffer: 64 * 1024 * 1024 });
  const { stdout } = await run(process.execPath, [autocannonBin, "-c", String(connections), "-d", String(seconds), "-j", url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as AutocannonJson;
  return {
    requestsPerSecond: round(result.requests.average, 0),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Start the static anchor serving `file` on `port`; returns a function that stops it. */
export async function startStaticServer(file: string, port: number): Promise<() => void> {
  await readFile(file);
  const child = fork(path.resolve("bench/static-server.mjs"), [file, String(port)], { stdio: "ignore" });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`The static server exited with ${code}`)));
  });
  return () => child.kill("SIGTERM");
}

import { spawn, spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { runningEmbeddedUrl } from "@/lib/db/embedded";
import { EMBEDDED_DATABASE_NAME } from "@/lib/db/open-database";
import { createDatabase, dropDatabase, uniqueName } from "@/lib/db/testing/test-database";

import { E2E_STATE_FILE } from "./state";

// The server Playwright tests: a fresh production build, started by the same launcher as
// `npm start`, on a database of its own (a new embedded cluster, or a new database on the
// server in DATABASE_URL), so tests never touch anyone's data.

const nextBin = path.resolve("node_modules/next/dist/bin/next");

if (!process.env.E2E_REUSE_BUILD) {
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: "" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Next keeps its data cache (unstable_cache) on disk in .next/cache/fetch-cache, across builds
// and restarts. The tests start from a fresh database, so they must start from an empty cache
// too, or pages would show another run's data until it expires.
await rm(path.resolve(".next/cache/fetch-cache"), { recursive: true, force: true });

const env: NodeJS.ProcessEnv = { ...process.env };
let cleanup: () => Promise<void>;
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  const name = uniqueName("pt_e2e");
  env.DATABASE_URL = await createDatabase(serverUrl, name);
  cleanup = () => dropDatabase(serverUrl, name);
} else {
  const dir = await mkdtemp(path.join(tmpdir(), "policy-tracker-e2e-"));
  await chmod(dir, 0o755);
  env.PGDATA_DIR = path.join(dir, "pg");
  cleanup = () => rm(dir, { recursive: true, force: true });
}

const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
child.stdout.on("data", (chunk: Buffer) => process.stdout.write(chunk));

// Tell the tests where the data is, for fixtures that create users and content directly. An
// embedded server's address is known once it runs (well before the app answers its health
// check, which is what Playwright waits for). Written here, where `server-only` modules load,
// so the test workers only read a URL.
async function writeState(databaseUrl: string | null): Promise<void> {
  await mkdir(path.dirname(E2E_STATE_FILE), { recursive: true });
  await writeFile(E2E_STATE_FILE, JSON.stringify({ databaseUrl }));
}
await writeState(env.DATABASE_URL ?? null);
if (!env.DATABASE_URL && env.PGDATA_DIR) {
  const dataDir = env.PGDATA_DIR;
  const poll = setInterval(() => {
    const url = runningEmbeddedUrl(dataDir, EMBEDDED_DATABASE_NAME);
    if (url) {
      clearInterval(poll);
      void writeState(url);
    }
  }, 200);
  child.on("exit", () => clearInterval(poll));
}

const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async (code) => {
  await cleanup().catch(() => undefined);
  process.exit(code ?? 0);
});

// Generates the Prisma client on install, online or offline.
// Prisma 7's CLI downloads its schema engine before every command, `generate` included, even
// though `generate` never runs it. Offline that download fails; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips it. Online, or when the caller set
// the variable, we leave Prisma alone.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { lookup } from "node:dns/promises";

async function canReachPrismaBinaries() {
  try {
    await lookup("binaries.prisma.sh");
    return true;
  } catch {
    return false;
  }
}

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const installed = "node_modules/@prisma/engines/schema-engine-debian-openssl-3.0.x";
  if (!existsSync(installed) && !(await canReachPrismaBinaries())) {
    env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
  }
}

const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);

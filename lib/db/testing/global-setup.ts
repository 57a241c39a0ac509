import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { startEmbeddedPostgres, type EmbeddedPostgres } from "../embedded";
import { migrate } from "../migrate";

import { createDatabase, dropDatabase, uniqueName } from "./test-database";

// Integration tests run against real PostgreSQL: the server in DATABASE_URL when given (CI runs
// the suite once more against the machine's PostgreSQL 15), else an embedded 18.x started here.

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    testTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // Under /tmp and world-enterable: as root, PostgreSQL runs as the postgres user.
    dataDir = await mkdtemp(path.join(tmpdir(), "policy-tracker-test-"));
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), ephemeral: true });
    serverUrl = embedded.adminUrl;
  }

  const template = uniqueName("pt_template");
  const templateUrl = await createDatabase(serverUrl, template);
  await migrate(templateUrl);

  project.provide("testServerUrl", serverUrl);
  project.provide("testTemplate", template);

  return async () => {
    await dropDatabase(serverUrl, template).catch(() => undefined);
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

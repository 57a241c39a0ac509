import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { EmbeddedPostgresError } from "./embedded";
import { openDatabase } from "./open-database";
import { queryRows as query } from "./pg-client";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "policy-tracker-open-"));
  await chmod(root, 0o755);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("openDatabase with the embedded PostgreSQL", () => {
  it("keeps rows across a stop and a start", async () => {
    const dataDir = path.join(root, "persist");
    const first = await openDatabase({ dataDir });
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
      expect((await query<{ server_version: string }>(second.url, "SHOW server_version"))[0]!.server_version).toMatch(/^18\./);
    } finally {
      await second.close();
    }
  });

  it("lets a one-off script attach to the server a running app started, and refuses a second server", async () => {
    const dataDir = path.join(root, "shared");
    const app = await openDatabase({ dataDir });
    try {
      const script = await openDatabase({ dataDir, attach: true });
      expect(script.url).toBe(app.url);
      await script.close();
      expect(await query(app.url, "SELECT 1 AS alive")).toEqual([{ alive: 1 }]);

      await expect(openDatabase({ dataDir })).rejects.toThrow(EmbeddedPostgresError);
      await expect(openDatabase({ dataDir })).rejects.toThrow(/already used by a running PostgreSQL/);
    } finally {
      await app.close();
    }
  });
});

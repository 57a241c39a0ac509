import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { getConfig, resetConfig } from "@/lib/config";
import { db } from "@/lib/db/client";

import { ChangeListener } from "./listener";

const CHANNEL = "listener_test";

let listener: ChangeListener | undefined;

beforeAll(() => {
  vi.stubEnv("LOG_LEVEL", "error");
  resetConfig();
});

afterEach(async () => {
  await listener?.stop();
  listener = undefined;
});

function startListener() {
  const payloads: string[] = [];
  const connections: boolean[] = [];
  let disconnections = 0;
  listener = new ChangeListener({
    connectionString: getConfig().DATABASE_URL ?? "",
    channel: CHANNEL,
    onNotification: (payload) => payloads.push(payload),
    onConnected: ({ reconnect }) => {
      connections.push(reconnect);
    },
    onDisconnected: () => {
      disconnections += 1;
    },
    initialDelayMs: 50,
  });
  listener.start();
  return { payloads, connections, disconnections: () => disconnections };
}

async function notify(payload: string) {
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
}

/** Terminate this database's listener connections, as an administrator or a failover would. */
async function terminateListeners(): Promise<number> {
  const rows = await db.$queryRaw<{ terminated: boolean }[]>`
    SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
    WHERE application_name = 'policy-tracker-listener' AND datname = current_database()`;
  return rows.filter((row) => row.terminated).length;
}

describe("ChangeListener", () => {
  it("hears notifications on its own channel on a dedicated connection", async () => {
    const { payloads, connections } = startListener();
    await vi.waitFor(() => expect(connections).toEqual([false]));
    await db.$executeRaw`SELECT pg_notify('some_other_channel', 'not for us')`;
    await notify("first");
    await vi.waitFor(() => expect(payloads).toEqual(["first"]));
    const sessions = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'policy-tracker-listener' AND datname = current_database()`;
    expect(sessions[0]?.n).toBe(1n);
  });

  it("reconnects after its connection is terminated, says it was a reconnect, and hears later notices", async () => {
    const { payloads, connections, disconnections } = startListener();
    await vi.waitFor(() => expect(connections).toEqual([false]));
    expect(await terminateListeners()).toBe(1);
    await vi.waitFor(() => expect(connections).toEqual([false, true]));
    expect(disconnections()).toBe(1);
    expect(listener?.connected).toBe(true);
    await notify("after the cut");
    await vi.waitFor(() => expect(payloads).toEqual(["after the cut"]));
  });

  it("keeps trying while the server is unreachable and stops when told", async () => {
    const connections: boolean[] = [];
    const url = new URL(getConfig().DATABASE_URL ?? "");
    url.port = "1";
    listener = new ChangeListener({
      connectionString: url.toString(),
      channel: CHANNEL,
      onNotification: () => undefined,
      onConnected: ({ reconnect }) => {
        connections.push(reconnect);
      },
      onDisconnected: () => undefined,
      initialDelayMs: 10,
    });
    listener.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await listener.stop();
    expect(listener.connected).toBe(false);
    expect(connections).toEqual([]);
  });

  it("closes its connection when stopped and does not come back", async () => {
    const { connections } = startListener();
    await vi.waitFor(() => expect(connections).toEqual([false]));
    await listener?.stop();
    expect(listener?.connected).toBe(false);
    const client = new pg.Client({ connectionString: getConfig().DATABASE_URL });
    await client.connect();
    try {
      const rows = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'policy-tracker-listener' AND datname = current_database()");
      expect(rows.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

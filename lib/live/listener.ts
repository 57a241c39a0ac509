import "server-only";

import pg from "pg";

import { log } from "@/lib/log";

// One dedicated PostgreSQL connection per instance that LISTENs for change notices. It is not
// taken from the query pool: a pooled connection would be handed to queries and recycled, and
// LISTEN belongs to a session. When the connection drops (server restart, failover,
// pg_terminate_backend, a silent network cut found by the ping), it reconnects with growing,
// jittered delays, and tells its owner whether this connection is a reconnect, because
// notifications sent while it was away are lost for good.

export interface ListenerOptions {
  connectionString: string;
  channel: string;
  onNotification: (payload: string) => void;
  /** Called once LISTEN is in place; `reconnect` is false only for the first connection. */
  onConnected: (info: { reconnect: boolean }) => void | Promise<void>;
  onDisconnected: () => void;
  /** First retry delay; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** How often to prove the connection still works (a dead peer sends no error). */
  pingIntervalMs?: number;
  pingTimeoutMs?: number;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

export function backoffDelay(attempt: number, initialMs: number, maxMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
  // ±20 % so that instances cut off together do not reconnect together.
  return Math.round(base * (0.8 + 0.4 * random()));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** End a client without waiting on a peer that may never answer. */
async function endQuietly(client: pg.Client): Promise<void> {
  await Promise.race([client.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
}

export class ChangeListener {
  private readonly options: Required<ListenerOptions>;
  private readonly stopping = new AbortController();
  private client: pg.Client | undefined;
  private loop: Promise<void> | undefined;
  private connectedOnce = false;
  private isConnected = false;
  private dropCurrent: (() => void) | undefined;

  constructor(options: ListenerOptions) {
    if (!CHANNEL_NAME.test(options.channel)) throw new Error(`Not a safe channel name: ${options.channel}`);
    this.options = {
      ...options,
      initialDelayMs: options.initialDelayMs ?? 250,
      maxDelayMs: options.maxDelayMs ?? 10_000,
      pingIntervalMs: options.pingIntervalMs ?? 10_000,
      pingTimeoutMs: options.pingTimeoutMs ?? 5_000,
    };
  }

  get connected(): boolean {
    return this.isConnected;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Close the connection and stop reconnecting. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.dropCurrent?.();
    await this.loop;
  }

  /** Cut the current connection as if the network had (for tests and the ping). */
  drop(): void {
    this.dropCurrent?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      const client = new pg.Client({
        connectionString: this.options.connectionString,
        keepAlive: true,
        application_name: "policy-tracker-listener",
        connectionTimeoutMillis: 5_000,
      });
      // pg emits 'error' on a dropped connection; an unhandled one would crash the process.
      const dropped = new Promise<void>((resolve) => {
        client.on("error", (error) => {
          log("warn", "live.listener.error", { message: error.message });
          resolve();
        });
        client.on("end", () => resolve());
        this.dropCurrent = resolve;
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${this.options.channel}`);
      } catch (error) {
        void endQuietly(client);
        failures += 1;
        const delayMs = backoffDelay(failures, this.options.initialDelayMs, this.options.maxDelayMs);
        log("warn", "live.listener.connect_failed", { attempt: failures, retryInMs: delayMs, message: (error as Error).message });
        await sleep(delayMs, this.stopping.signal);
        continue;
      }
      if (this.stopping.signal.aborted) {
        await endQuietly(client);
        break;
      }

      this.client = client;
      client.on("notification", (message) => {
        if (message.channel === this.options.channel && message.payload !== undefined) this.options.onNotification(message.payload);
      });
      const reconnect = this.connectedOnce;
      this.connectedOnce = true;
      this.isConnected = true;
      log("info", reconnect ? "live.listener.reconnected" : "live.listener.connected", { afterFailedAttempts: failures });
      failures = 0;
      try {
        await this.options.onConnected({ reconnect });
      } catch (error) {
        log("error", "live.listener.on_connected_failed", { message: (error as Error).message });
      }

      const ping = setInterval(() => void this.ping(client), this.options.pingIntervalMs);
      ping.unref();
      await dropped;
      clearInterval(ping);
      this.isConnected = false;
      this.client = undefined;
      await endQuietly(client);
      if (this.stopping.signal.aborted) break;
      this.options.onDisconnected();
      const delayMs = backoffDelay(1, this.options.initialDelayMs, this.options.maxDelayMs);
      log("warn", "live.listener.disconnected", { retryInMs: delayMs });
      await sleep(delayMs, this.stopping.signal);
    }
    this.isConnected = false;
    log("info", "live.listener.stopped");
  }

  private async ping(client: pg.Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.options.pingTimeoutMs} ms`)), this.options.pingTimeoutMs);
    });
    try {
      await Promise.race([client.query("SELECT 1"), timeout]);
    } catch (error) {
      if (this.client !== client) return;
      log("warn", "live.listener.ping_failed", { message: (error as Error).message });
      this.dropCurrent?.();
    } finally {
      clearTimeout(timer);
    }
  }
}

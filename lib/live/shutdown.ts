import "server-only";

import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";

import { getConfig } from "@/lib/config";
import { disconnectDb } from "@/lib/db/client";
import { log } from "@/lib/log";

import type { LiveRuntime } from "./runtime";

// Graceful shutdown on SIGTERM/SIGINT: stop being ready (the load balancer stops sending
// traffic), end live streams with a hint to reconnect soon (to another instance), stop
// accepting connections, let requests in flight finish (for at most DRAIN_TIMEOUT_MS), then
// close the LISTEN connection and the query pool. Next.js's own handler would exit as soon as
// its server closed, before the pool; the launcher sets NEXT_MANUAL_SIG_HANDLE so that this one
// decides when to exit. Without it (plain `next start`), this still ends the streams so that
// Next's server can close at all, and Next exits.
//
// Next.js does not hand its HTTP server to application code; Node's diagnostics channels do,
// with every request, which is also how requests in flight are counted.

export const DRAIN_TIMEOUT_MS = 10_000;
const STREAM_RETRY_MS = 1_000;

interface ShutdownState {
  servers: Set<Server>;
  responses: Set<ServerResponse>;
  stopping: boolean;
}

const STATE_KEY = Symbol.for("policy-tracker.shutdown");
const holder = globalThis as unknown as Record<typeof STATE_KEY, ShutdownState | undefined>;

function waitUntilIdle(state: ShutdownState, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      if (state.responses.size === 0) resolve(true);
      else if (Date.now() >= deadline) resolve(false);
      else setTimeout(check, 50);
    };
    check();
  });
}

function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader("Connection", "close");
}

/** What started the shutdown: a signal, or the launcher's IPC channel closing because it died. */
type ShutdownCause = NodeJS.Signals | "launcher-gone";

async function shutDown(state: ShutdownState, runtime: LiveRuntime, signal: ShutdownCause): Promise<void> {
  const started = Date.now();
  log("info", "shutdown.started", { signal, inFlight: state.responses.size, streams: runtime.hub.size });
  // Clients keep connections alive and would go on sending requests on them: each answer from
  // now on closes its connection, so the server runs out of connections instead.
  for (const response of state.responses) closeAfter(response);
  const streams = runtime.hub.drain(STREAM_RETRY_MS);
  for (const server of state.servers) {
    server.close();
    server.closeIdleConnections();
  }
  const idle = await waitUntilIdle(state, DRAIN_TIMEOUT_MS);
  if (!idle) {
    log("warn", "shutdown.drain_timed_out", { inFlight: state.responses.size, timeoutMs: DRAIN_TIMEOUT_MS });
    for (const server of state.servers) server.closeAllConnections();
  }
  await runtime.listener.stop();
  await disconnectDb();
  log("info", "shutdown.finished", { signal, streamsEnded: streams, drained: idle, ms: Date.now() - started });
}

/** Count requests in flight and shut down gracefully on SIGTERM/SIGINT. Idempotent. */
export function installGracefulShutdown(runtime: LiveRuntime): void {
  if (holder[STATE_KEY]) return;
  const state: ShutdownState = { servers: new Set(), responses: new Set(), stopping: false };
  holder[STATE_KEY] = state;

  subscribe("http.server.request.start", (message) => {
    const { server, response } = message as { server: Server; response: ServerResponse };
    state.servers.add(server);
    state.responses.add(response);
    if (state.stopping) closeAfter(response);
    // 'close' also fires when the client goes away before the response is finished.
    response.once("close", () => state.responses.delete(response));
  });

  const ownsExit = getConfig().NEXT_MANUAL_SIG_HANDLE;
  const onSignal = (signal: ShutdownCause) => {
    if (state.stopping) return;
    state.stopping = true;
    void shutDown(state, runtime, signal).finally(() => {
      if (ownsExit) process.exit(0);
    });
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  // Started by `npm start` with an IPC channel (scripts/start.ts): it closes when the launcher
  // exits, also when it was killed outright and could not pass on a SIGTERM.
  if (process.send) process.once("disconnect", () => onSignal("launcher-gone"));
}

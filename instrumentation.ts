// Next.js calls register() once when a server process starts, before it serves requests.
// Each instance first guards its connections (the socket's peer address, forwarded headers only
// from proxies TRUST_PROXY names, deadlines for slow clients; lib/http/connection-guards.ts),
// then starts its live machinery here (the LISTEN connection that keeps its cache in
// step with every other instance, and graceful shutdown; lib/live/runtime.ts) and its outbox
// worker (lib/alerts/worker.ts; row locks keep instances from sending anything twice) and its
// source-watch poller (lib/source-watch/worker.ts; row locks keep each source to one fetch per interval).

export async function register() {
  // A build-time constant (Next.js inlines it), not configuration: the Edge runtime has no
  // TCP sockets for PostgreSQL, so only the Node.js runtime starts anything.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, logError } = await import("@/lib/log");
  const { getConfig } = await import("@/lib/config");
  const { installConnectionGuards } = await import("@/lib/http/connection-guards");
  installConnectionGuards({ trust: getConfig().TRUST_PROXY });
  try {
    const { startLive } = await import("@/lib/live/runtime");
    const { installGracefulShutdown } = await import("@/lib/live/shutdown");
    const live = startLive();
    installGracefulShutdown(live);
    log("info", "live.started");
    // proxy.ts answers 503 while the database is away; LISTEN being up is the cheap proof it is not.
    const { createDatabaseGate } = await import("@/lib/db/availability");
    const { installDatabaseGate } = await import("@/lib/db/availability-state");
    const connectionString = getConfig().DATABASE_URL;
    if (connectionString) installDatabaseGate(createDatabaseGate({ connectionString, listening: () => live.listener.connected }));
  } catch (error) {
    // A missing DATABASE_URL is reported by every page too; keep serving what can be served.
    logError("live.start_failed", error);
  }
  const { startOutboxWorker } = await import("@/lib/alerts/worker");
  startOutboxWorker();
  const { startSourceWatch } = await import("@/lib/source-watch/worker");
  startSourceWatch();
}

// A page, action or route that failed because the database went away: the gate in proxy.ts
// checks the database before letting the next request through (docs/decisions/0009).
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportIfConnectionError } = await import("@/lib/db/availability");
  reportIfConnectionError(error);
}

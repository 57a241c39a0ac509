import "server-only";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { describeError } from "@/lib/alerts/redact";
import { log } from "@/lib/log";

import { enabledKinds, kindHandlers } from "./kinds";
import { pollDue } from "./poller";
import { sourceWatchEnabled, sourceWatchSettings } from "./settings";

// Starts this instance's poller (from instrumentation.ts). Every instance looks for due sources
// every few seconds; the row locks in ./poller.ts make sure each is fetched once per interval
// whichever instances are running.

const TICK_MS = 2_000;

const globalForWatch = globalThis as unknown as { policyTrackerSourceWatch?: boolean };

export function startSourceWatch(): void {
  if (globalForWatch.policyTrackerSourceWatch) return;
  if (!sourceWatchEnabled()) {
    log("info", "source_watch.off", { reason: "SOURCE_WATCH=off" });
    return;
  }
  if (!getConfig().DATABASE_URL) {
    log("warn", "source_watch.not_started", { reason: "DATABASE_URL is not set" });
    return;
  }
  globalForWatch.policyTrackerSourceWatch = true;
  const settings = sourceWatchSettings();
  for (const [kind, handler] of Object.entries(kindHandlers)) {
    const reason = handler.disabledReason(settings);
    if (reason) log("info", "source_watch.kind_off", { kind, reason });
  }
  const deps = { settings, now: () => new Date() };
  const tick = async () => {
    try {
      await pollDue(db, deps);
    } catch (error) {
      log("error", "source_watch.worker_error", { error: describeError(error) });
    } finally {
      // Unref'd: the poller never keeps a stopping process alive.
      setTimeout(() => void tick(), TICK_MS).unref();
    }
  };
  log("info", "source_watch.started", { kinds: enabledKinds(settings), intervalS: settings.intervalMs / 1000 });
  void tick();
}

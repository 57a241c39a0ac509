import "server-only";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { log, logError } from "@/lib/log";

import { expireEverything, expireTags, setListening } from "./freshness.mjs";
import { LiveHub } from "./hub";
import { ChangeListener } from "./listener";
import { parseNotice, tagsForNotice } from "./notice";
import { LIVE_CHANNEL } from "./notify";
import { findPublicBill, latestAuditId, listPublicChangesAfter, type LiveChange } from "./queries";

// The live machinery of one instance: the LISTEN connection, what it does with each notice
// (expire this instance's cached data, then tell this instance's browsers), and the open
// streams. Started once per process by instrumentation.ts. Next.js bundles instrumentation and
// each route separately, so the one runtime is kept on globalThis where all of them find it.

export interface LiveRuntime {
  hub: LiveHub;
  listener: ChangeListener;
  /** Public changes after an event id, for a reconnecting browser. */
  catchUp(afterId: number): Promise<LiveChange[]>;
  /** The newest audit id this instance has heard of (0 before its first connection). */
  position(): number;
}

export interface LiveRuntimeOptions {
  connectionString: string;
  maxStreams: number;
  maxStreamsPerClient?: number;
  /** Passed to the listener; tests widen the reconnect delay. */
  initialDelayMs?: number;
}

const RUNTIME_KEY = Symbol.for("policy-tracker.live-runtime");
const holder = globalThis as unknown as Record<typeof RUNTIME_KEY, LiveRuntime | undefined>;

/** A started live runtime; the app has one per process (startLive), tests make their own. */
export function createLiveRuntime(options: LiveRuntimeOptions): LiveRuntime {
  const hub = new LiveHub(options.maxStreams, options.maxStreamsPerClient);
  const catchUp = (afterId: number) => listPublicChangesAfter(db, afterId);

  // Notices are handled one after another, so browsers see changes in commit order.
  let queue = Promise.resolve();
  const enqueue = (event: string, task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => logError(event, error));
  };
  // The newest audit row this instance has accounted for: after a reconnect, browsers are sent
  // the public changes since then.
  let seenAuditId = 0;

  const listener = new ChangeListener({
    connectionString: options.connectionString,
    channel: LIVE_CHANNEL,
    initialDelayMs: options.initialDelayMs,
    onNotification(payload) {
      const notice = parseNotice(payload);
      if (!notice) {
        log("warn", "live.notice_ignored", { reason: "not a change notice" });
        return;
      }
      // First the cache, at once: a browser told about the change must not be served it stale.
      const tags = tagsForNotice(notice);
      expireTags(tags);
      // Only now: a page that reads this position reads data at least this new.
      seenAuditId = Math.max(seenAuditId, notice.auditId);
      log("info", "cache.tags_expired", { tags, kind: notice.kind, auditId: notice.auditId });
      enqueue("live.publish_failed", async () => {
        if (hub.size === 0 || !notice.slug) return;
        const bill = await findPublicBill(db, notice.slug);
        if (!bill) return;
        hub.publish({
          id: notice.auditId,
          kind: notice.kind,
          slug: bill.slug,
          title: bill.title,
          ...(notice.eventId ? { eventId: notice.eventId } : {}),
          ...(notice.previousSlug ? { previousSlug: notice.previousSlug } : {}),
        });
      });
    },
    async onConnected({ reconnect }) {
      // Whatever was cached before LISTEN was in place may have missed a change.
      expireEverything();
      setListening(true);
      if (!reconnect) {
        seenAuditId = Math.max(seenAuditId, await latestAuditId(db));
        return;
      }
      log("info", "cache.expired_all", { reason: "listener reconnected" });
      enqueue("live.catch_up_failed", async () => {
        const upTo = await latestAuditId(db);
        const missed = hub.size > 0 ? await catchUp(seenAuditId) : [];
        for (const change of missed) hub.publish(change);
        log("info", "live.caught_up", { missed: missed.length, streams: hub.size });
        seenAuditId = Math.max(seenAuditId, upTo);
      });
    },
    onDisconnected() {
      // Until LISTEN is back, nothing would tell this instance its cache went stale.
      setListening(false);
    },
  });
  listener.start();
  return { hub, listener, catchUp, position: () => seenAuditId };
}

/** This process's live runtime, started on first use. */
export function startLive(): LiveRuntime {
  if (!holder[RUNTIME_KEY]) {
    const config = getConfig();
    if (!config.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
    holder[RUNTIME_KEY] = createLiveRuntime({
      connectionString: config.DATABASE_URL,
      maxStreams: config.LIVE_MAX_STREAMS,
      maxStreamsPerClient: config.LIVE_MAX_STREAMS_PER_CLIENT,
    });
  }
  return holder[RUNTIME_KEY];
}

/**
 * Where a page rendered now should start following changes. Read it before reading the page's
 * data where possible: every change up to it has already expired this instance's cache.
 */
export function livePosition(): number {
  return holder[RUNTIME_KEY]?.position() ?? 0;
}

/** Readiness as far as live updates go: the LISTEN connection is up and we are not shutting down. */
export function liveStatus(): { listener: "connected" | "disconnected"; draining: boolean; streams: number } {
  const runtime = holder[RUNTIME_KEY];
  return {
    listener: runtime?.listener.connected ? "connected" : "disconnected",
    draining: runtime?.hub.isDraining ?? false,
    streams: runtime?.hub.size ?? 0,
  };
}

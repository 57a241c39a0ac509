import "server-only";

import { logError } from "@/lib/log";
import { INT4_MAX } from "@/lib/text";

import { liveEventIds, type EventIdCodec } from "./event-id";
import type { LiveHub, LiveStream, Refusal } from "./hub";
import type { LiveChange } from "./queries";

// GET /api/live: Server-Sent Events of public changes. Event ids stand for audit row ids
// (encrypted, lib/live/event-id.ts), so a browser that reconnects sends Last-Event-ID and is
// first sent what it missed, from the database.

export interface LiveStreamOptions {
  hub: LiveHub;
  /** Public changes after an event id, oldest first. */
  catchUp: (afterId: number) => Promise<LiveChange[]>;
  /** The newest audit id this instance has heard of: where a new browser starts. */
  position: () => number;
  /** Proxies drop idle connections; a comment line now and then keeps this one open. */
  heartbeatMs?: number;
  /** How long a browser waits before reconnecting after the stream ends. */
  retryMs?: number;
  /** Who is asking (an address, lib/http/client-address.ts), for the per-client limit. */
  client?: string | null;
  /** How audit ids are written as event ids; the site's own codec unless a test says otherwise. */
  ids?: EventIdCodec;
}

export const HEARTBEAT_MS = 20_000;
export const RETRY_MS = 3_000;

const encoder = new TextEncoder();

/**
 * The audit id to resume after, from the Last-Event-ID header (browser reconnects) or
 * `?lastEventId=`. Anything that is not an id we gave out, or stands for a number PostgreSQL's
 * integer cannot hold, means the browser starts afresh.
 */
export function lastEventIdOf(request: Request, ids: EventIdCodec = liveEventIds()): number | null {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  if (raw === null) return null;
  const id = ids.decode(raw.trim());
  return id !== null && id >= 0 && id <= INT4_MAX ? id : null;
}

export function formatChange(change: LiveChange, ids: EventIdCodec = liveEventIds()): string {
  const id = ids.encode(change.id);
  return `id: ${id}\ndata: ${JSON.stringify({ ...change, id })}\n\n`;
}

const refusals: Record<Refusal, { status: 429 | 503; code: string; message: string; retryAfter: number }> = {
  full: { status: 503, code: "unavailable", message: "This server has as many live connections as it can hold. Try again shortly.", retryAfter: 15 },
  draining: { status: 503, code: "unavailable", message: "This server is shutting down. Reconnect to reach another one.", retryAfter: 2 },
  client_full: {
    status: 429,
    code: "rate_limited",
    message: "Your network has as many live connections open as one client may. Close some tabs of this site and try again.",
    retryAfter: 30,
  },
};

function unavailable(refusal: Refusal): Response {
  const { status, code, message, retryAfter } = refusals[refusal];
  return Response.json({ error: { code, message } }, { status, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } });
}

export function openLiveStream(request: Request, options: LiveStreamOptions): Response {
  const { hub, catchUp, position, heartbeatMs = HEARTBEAT_MS, retryMs = RETRY_MS, client = null, ids = liveEventIds() } = options;
  const refusal = hub.refusal(client);
  if (refusal) return unavailable(refusal);
  const lastEventId = lastEventIdOf(request, ids);

  let finish = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      // While the missed changes are read, live ones wait, so the browser sees them in order.
      let replaying = lastEventId !== null;
      const held: LiveChange[] = [];
      const replayed = new Set<number>();
      let sent = 0;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const writeChange = (change: LiveChange) => {
        sent += 1;
        write(formatChange(change, ids));
      };
      const heartbeat = setInterval(() => write(": heartbeat\n\n"), heartbeatMs);
      const stream: LiveStream = {
        send(change) {
          if (replaying) held.push(change);
          else if (!replayed.has(change.id)) writeChange(change);
        },
        close(retryAfterMs) {
          if (!open) return;
          write(`retry: ${retryAfterMs}\n\n`);
          finish();
          controller.close();
        },
      };
      finish = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        hub.remove(stream);
      };
      request.signal.addEventListener("abort", () => finish());
      hub.add(stream, client);

      // An `id:` line without data sets the browser's Last-Event-ID without an event, so that
      // even a browser that has been sent nothing yet resumes from the right place.
      const anchor = (id: number) => write(`id: ${ids.encode(id)}\n\n`);
      write(`retry: ${retryMs}\n: connected\n\n`);
      if (lastEventId === null) {
        if (position() > 0) anchor(position());
      } else {
        catchUp(lastEventId)
          .then((missed) => {
            for (const change of missed) {
              replayed.add(change.id);
              writeChange(change);
            }
          })
          .catch((error: unknown) => logError("live.catch_up_failed", error, { lastEventId }))
          .finally(() => {
            replaying = false;
            for (const change of held.splice(0)) stream.send(change);
            if (sent === 0) anchor(lastEventId);
          });
      }
    },
    cancel() {
      finish();
    },
  });

  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: Next's gzip (and most proxies) leave the stream alone, so events are not
      // held back in a compression buffer.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

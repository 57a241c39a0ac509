"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";

// Keeps a server-rendered public page current: on each change the server announces over
// /api/live, it re-renders the page in place (router.refresh() fetches the new server render
// without a reload; the server has already expired its cached data) and says so politely.
// Without JavaScript this renders an empty status line and the page is correct on reload.
// Rendered by ./live-updates.tsx, which knows where the page's data stands (`since`).

interface LiveChange {
  slug: string;
  title: string;
  previousSlug?: string;
}

const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 60_000;
// Changes replayed after a reconnect arrive together: one refresh covers them all.
const COALESCE_MS = 50;

export function LiveUpdatesIsland({ slug, since }: { slug?: string; since: string }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [updated, setUpdated] = useState<string | null>(null);
  // Each refresh renders a newer `since`; the open stream already covers it.
  const [startAfter] = useState(since);

  useEffect(() => {
    let source: EventSource | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let retryMs = FIRST_RETRY_MS;
    // Changes after `since` may be missing from this render: the first connection asks for them.
    let lastId = startAfter;
    const seen = new Set<string>();

    const connect = () => {
      source = new EventSource(lastId ? `/api/live?lastEventId=${encodeURIComponent(lastId)}` : "/api/live");
      source.onopen = () => {
        retryMs = FIRST_RETRY_MS;
      };
      source.onmessage = (message: MessageEvent<string>) => {
        // A change can arrive twice around a reconnect (replayed, then live).
        if (seen.has(message.lastEventId)) return;
        seen.add(message.lastEventId);
        lastId = message.lastEventId;
        const change = JSON.parse(message.data) as LiveChange;
        if (slug && change.slug !== slug && change.previousSlug !== slug) return;
        clearTimeout(refreshTimer);
        refreshTimer = setTimeout(() => {
          // Said once the refreshed page is in (the status stays empty while refreshing).
          setUpdated(change.title);
          startTransition(() => router.refresh());
        }, COALESCE_MS);
      };
      source.onerror = () => {
        // The browser reconnects by itself (sending Last-Event-ID) unless the server refused,
        // e.g. 503 when an instance is full or shutting down; then try again later ourselves.
        if (source?.readyState !== EventSource.CLOSED) return;
        retryTimer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      };
    };
    connect();
    return () => {
      clearTimeout(retryTimer);
      clearTimeout(refreshTimer);
      source?.close();
    };
  }, [router, slug, startAfter]);

  return (
    <p role="status" aria-live="polite" className="mt-2 min-h-6 text-muted">
      {updated && !refreshing ? `Updated just now: ${updated}.` : ""}
    </p>
  );
}

// Types for ./page-cache.mjs, which stays plain JavaScript because it runs in front of Next.js,
// outside its bundles (scripts/serve.mjs).

import type { IncomingMessage, ServerResponse } from "node:http";

export type PageCacheOutcome = "hit" | "stale" | "miss" | "bypass";

export interface PageCache {
  handle(request: IncomingMessage, response: ServerResponse, next: () => Promise<void>): Promise<PageCacheOutcome>;
  readonly bytes: number;
  readonly size: number;
}

export declare function cacheKeyFor(request: IncomingMessage): string | null;
export declare function createPageCache(options: { maxBytes: number; maxEntryBytes?: number; now?: () => number }): PageCache;

// Types for ./cache-handler.mjs (plain JavaScript: Next.js imports it natively at run time).

import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from "next/dist/server/lib/incremental-cache";

type StoredValue = CacheHandlerValue["value"];

export default class PolicyTrackerCacheHandler implements Pick<CacheHandler, "resetRequestCache"> {
  constructor(context: Partial<CacheHandlerContext>);
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<CacheHandlerValue | null>;
  set(key: string, value: StoredValue, context?: { tags?: string[]; cacheControl?: CacheHandlerValue["cacheControl"] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

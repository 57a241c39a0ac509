// Next.js's incremental cache for this app (next.config.ts `cacheHandler`): the data cache that
// unstable_cache reads through, plus any ISR page or route response. Entries live in this
// process's memory, like Next's default; what this handler adds is the freshness rule in
// ./freshness.mjs, which the LISTEN connection (lib/live/runtime.ts) keeps up to date with
// changes committed on any instance. See docs/decisions/0004-live-updates-across-instances.md.
// Plain JavaScript for the reason given in ./freshness.mjs.

import { expireTags, isFresh, isListening, noteTags, storedAtFor } from "./freshness.mjs";

const TAGS_HEADER = "x-next-cache-tags";
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} CacheHandlerValue
 * @typedef {{ value: NonNullable<CacheHandlerValue["value"]>, storedAt: number, tags: string[], bytes: number, cacheControl?: CacheHandlerValue["cacheControl"] }} Entry
 */

// Next creates a handler per request; the entries are shared by all of them.
/** @type {Map<string, Entry>} */
const entries = new Map();
let totalBytes = 0;

/** @param {unknown} value */
function byteSize(value) {
  if (typeof value === "string") return value.length;
  if (value && typeof value === "object" && "byteLength" in value && typeof value.byteLength === "number") return value.byteLength;
  return 0;
}

/** @param {NonNullable<CacheHandlerValue["value"]>} value */
function estimateBytes(value) {
  switch (value.kind) {
    case "FETCH":
      return byteSize(value.data.body) + 256;
    case "APP_PAGE":
      return byteSize(value.html) + byteSize(value.rscData) + 256;
    case "APP_ROUTE":
      return byteSize(value.body) + 256;
    case "PAGES":
      return byteSize(value.html) + JSON.stringify(value.pageData ?? null).length + 256;
    default:
      return 1024;
  }
}

/** Tags a rendered response carries: Next puts those of the data it read in a header. */
/** @param {NonNullable<CacheHandlerValue["value"]>} value */
function responseTags(value) {
  if (value.kind !== "APP_PAGE" && value.kind !== "APP_ROUTE" && value.kind !== "PAGES") return [];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  totalBytes -= entry.bytes;
  entries.delete(key);
}

export default class PolicyTrackerCacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} context */
  constructor(context) {
    this.maxBytes = context?.maxMemoryCacheSize || DEFAULT_MAX_BYTES;
  }

  /**
   * @param {string} key
   * @param {{ tags?: string[], softTags?: string[] }} [context]
   * @returns {Promise<CacheHandlerValue | null>}
   */
  async get(key, context) {
    // Hit or miss, the response being rendered now depends on data under these tags.
    noteTags(context?.tags ?? []);
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(context?.tags ?? []), ...(context?.softTags ?? [])];
    if (!isFresh(entry.storedAt, tags)) {
      remove(key);
      return null;
    }
    // Most recently used last, so eviction takes the oldest first.
    entries.delete(key);
    entries.set(key, entry);
    return { lastModified: entry.storedAt, value: entry.value, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {CacheHandlerValue["value"]} value
   * @param {{ tags?: string[], cacheControl?: CacheHandlerValue["cacheControl"] }} [context]
   */
  async set(key, value, context) {
    remove(key);
    // Without the LISTEN connection nobody would tell us when this goes stale.
    if (!value || !isListening()) return;
    const tags = [...new Set([...(context?.tags ?? []), ...responseTags(value)])];
    const bytes = estimateBytes(value);
    if (bytes > this.maxBytes) return;
    entries.set(key, { value, storedAt: storedAtFor(tags), tags, bytes, cacheControl: context?.cacheControl });
    totalBytes += bytes;
    for (const oldest of entries.keys()) {
      if (totalBytes <= this.maxBytes) break;
      remove(oldest);
    }
  }

  /**
   * revalidateTag() and revalidatePath() in this process. Every profile expires at once: the
   * project never serves data it knows to be stale (docs/decisions/0002).
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    expireTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}

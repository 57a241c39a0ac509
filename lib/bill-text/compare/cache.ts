import { compareTexts, DEFAULT_TIME_LIMIT_MS, type TextComparison } from "./compare";

// Redlines kept in memory by the two files' SHA-256, so a second reader of the same pair (or the
// API after the page) costs a lookup. A version's tree is read from its file, so the hashes name
// the result exactly; a new import has a new hash and so a new key. Bounded in bytes, because
// instances keep to a memory budget (docs/decisions/0026-board-and-search-at-scale.md).

/** Raised when the comparison itself changes, so results of the old engine are not served. */
const ENGINE_VERSION = 1;
const MAX_BYTES = 16 * 1024 * 1024;

interface Entry {
  comparison: TextComparison;
  bytes: number;
}

const entries = new Map<string, Entry>();
let totalBytes = 0;

export interface ComparedVersion {
  sha256: string;
  tree: Parameters<typeof compareTexts>[0];
}

export interface CachedComparison {
  comparison: TextComparison;
  /** Served from memory, not computed for this request. */
  cached: boolean;
}

export function comparisonKey(from: ComparedVersion, to: ComparedVersion, timeLimitMs: number): string {
  return `${ENGINE_VERSION}:${timeLimitMs}:${from.sha256}:${to.sha256}`;
}

export function cachedComparison(from: ComparedVersion, to: ComparedVersion, timeLimitMs = DEFAULT_TIME_LIMIT_MS): CachedComparison {
  const key = comparisonKey(from, to, timeLimitMs);
  const hit = entries.get(key);
  if (hit) {
    // Map order is insertion order: moving a hit to the end keeps the least recently used first.
    entries.delete(key);
    entries.set(key, hit);
    return { comparison: hit.comparison, cached: true };
  }
  const comparison = compareTexts(from.tree, to.tree, timeLimitMs);
  // UTF-16 code units of the JSON: near enough to the heap cost to bound it.
  const bytes = 2 * JSON.stringify(comparison).length;
  if (bytes <= MAX_BYTES) {
    entries.set(key, { comparison, bytes });
    totalBytes += bytes;
    for (const [oldest, entry] of entries) {
      if (totalBytes <= MAX_BYTES) break;
      entries.delete(oldest);
      totalBytes -= entry.bytes;
    }
  }
  return { comparison, cached: false };
}

// What this instance knows about the freshness of its cached data: when each cache tag was
// last expired, when everything was, and whether the LISTEN connection that reports other
// instances' changes is up. Plain JavaScript because Next.js loads the cache handler
// (./cache-handler.mjs) with a native import() outside its bundles, while the listener runs in
// bundled code: the two are different module instances, so the state lives on globalThis.
// No `import "server-only"`: a native import has no react-server condition and would throw.

import { AsyncLocalStorage } from "node:async_hooks";

const STATE_KEY = Symbol.for("policy-tracker.cache-freshness");
const RENDER_TAGS_KEY = Symbol.for("policy-tracker.render-tags");

/**
 * A render that started before an expiry can finish after it and store what it read before the
 * change. Anything stored this soon after an expiry of one of its tags is therefore dated just
 * before that expiry, so the next read recomputes it instead of trusting it.
 */
export const RACE_WINDOW_MS = 10_000;

/** @typedef {{ tagExpiredAt: Map<string, number>, allExpiredAt: number, anyExpiredAt: number, listening: boolean }} Freshness */

/** @returns {Freshness} */
function state() {
  const holder = /** @type {Record<symbol, unknown>} */ (globalThis);
  holder[STATE_KEY] ??= { tagExpiredAt: new Map(), allExpiredAt: 0, anyExpiredAt: 0, listening: false };
  return /** @type {Freshness} */ (holder[STATE_KEY]);
}

/** @param {readonly string[]} tags @param {number} [at] */
export function expireTags(tags, at = Date.now()) {
  const current = state();
  for (const tag of tags) current.tagExpiredAt.set(tag, Math.max(at, current.tagExpiredAt.get(tag) ?? 0));
  if (tags.length) current.anyExpiredAt = Math.max(at, current.anyExpiredAt);
}

/** @param {number} [at] */
export function expireEverything(at = Date.now()) {
  const current = state();
  current.allExpiredAt = Math.max(at, current.allExpiredAt);
  current.anyExpiredAt = Math.max(at, current.anyExpiredAt);
  // Older tag expiries are now implied by allExpiredAt; keep the map from growing forever.
  for (const [tag, expiredAt] of current.tagExpiredAt) {
    if (expiredAt <= current.allExpiredAt - RACE_WINDOW_MS) current.tagExpiredAt.delete(tag);
  }
}

/** Without a LISTEN connection this instance cannot hear about changes, so it must not cache. */
/** @param {boolean} listening */
export function setListening(listening) {
  state().listening = listening;
}

export function isListening() {
  return state().listening;
}

/**
 * Whether data stored at `storedAt` under `tags` may still be served.
 * @param {number} storedAt @param {readonly string[]} tags
 */
export function isFresh(storedAt, tags) {
  const current = state();
  if (!current.listening || storedAt <= current.allExpiredAt) return false;
  return tags.every((tag) => storedAt > (current.tagExpiredAt.get(tag) ?? 0));
}

/**
 * Whether something made at `storedAt` from data of unknown tags may still be served: only if
 * nothing at all has expired since.
 * @param {number} storedAt
 */
export function isFreshUnderAnyTag(storedAt) {
  const current = state();
  return current.listening && storedAt > current.anyExpiredAt;
}

/**
 * The time to record for data stored now under `tags`: now, or just before the latest expiry of
 * one of them if that was within RACE_WINDOW_MS (see above).
 * @param {readonly string[]} tags @param {number} [now]
 */
export function storedAtFor(tags, now = Date.now()) {
  const current = state();
  let storedAt = now;
  const expiries = [current.allExpiredAt, ...tags.map((tag) => current.tagExpiredAt.get(tag) ?? 0)];
  for (const expiredAt of expiries) {
    if (expiredAt > 0 && now - expiredAt < RACE_WINDOW_MS) storedAt = Math.min(storedAt, expiredAt - 1);
  }
  return storedAt;
}

/**
 * The page cache (lib/http/page-cache.mjs) needs to know which tags the data behind a response
 * carries. The data cache handler reports the tags of every read here; a read happens inside the
 * request's async context, so the tags reach the response being rendered.
 * @returns {AsyncLocalStorage<Set<string>>}
 */
function renderTags() {
  const holder = /** @type {Record<symbol, unknown>} */ (globalThis);
  holder[RENDER_TAGS_KEY] ??= new AsyncLocalStorage();
  return /** @type {AsyncLocalStorage<Set<string>>} */ (holder[RENDER_TAGS_KEY]);
}

/**
 * Run `render` collecting the tags of the cached data it reads into `into`.
 * @template T @param {Set<string>} into @param {() => T} render @returns {T}
 */
export function collectingTags(into, render) {
  return renderTags().run(into, render);
}

/** @param {readonly string[]} tags */
export function noteTags(tags) {
  const collected = renderTags().getStore();
  if (collected) for (const tag of tags) collected.add(tag);
}

/** Forget everything: for tests only. */
export function resetFreshness() {
  const holder = /** @type {Record<symbol, unknown>} */ (globalThis);
  delete holder[STATE_KEY];
}

// The page cache: whole public responses (pages, feeds, calendars, API reads) kept in this
// process's memory and answered by the app's own HTTP server (scripts/serve.mjs) without
// entering Next.js at all. See docs/decisions/0020-in-process-page-cache.md.
//
// What may be kept is what the app already tells shared caches they may keep: a 200 with
// `Cache-Control: public, s-maxage=…` (next.config.ts and lib/http/open-data.ts decide which
// responses get one), no Set-Cookie, and a Vary this cache honours. An entry is valid while
// every cache tag of the data it was rendered from is unexpired (./freshness.mjs, fed by the
// LISTEN connection on every instance); s-maxage and stale-while-revalidate only add the
// time limits a CDN would apply. Plain JavaScript because it runs in front of Next.js, outside
// its bundles, in the same process as the freshness state it reads.

import { createHash, randomUUID } from "node:crypto";

import bots from "next/dist/shared/lib/router/utils/is-bot.js";

import { collectingTags, isFresh, isFreshUnderAnyTag, isListening } from "../live/freshness.mjs";

/** Requests carrying one of these see a page of their own (a signed-in editor, a draft preview). */
const PRIVATE_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token|(?:^|;)\s*__prerender_bypass=/;
/** Next.js's client-side navigations and prefetches (RSC payloads), and server actions. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url"];
/** What a response may vary on and still be kept: the encoding is part of the key; the rest are bypassed. */
const HONOURED_VARY = new Set(["accept-encoding", ...NEXT_REQUEST_HEADERS]);
/** Recomputed for every answer, or meaningless in a stored copy. */
const UNSTORED_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date", "x-request-id", "age"]);
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const ENTRY_OVERHEAD_BYTES = 512;
/** How long a key whose answer could not be kept (a private page, a live stream) is left alone. */
const UNCACHEABLE_MS = 60_000;
const MAX_UNCACHEABLE_KEYS = 10_000;

/**
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 * @typedef {{ key: string, status: number, headers: [string, string | string[]][], body: Buffer, etag: string,
 *   tags: string[] | null, renderedAt: number, freshUntil: number, staleUntil: number, bytes: number }} Entry
 * @typedef {"hit" | "stale" | "miss" | "bypass"} Outcome
 */

/**
 * The key of a request this cache may answer, or null when it must go to Next.js.
 * @param {Request} request
 */
export function cacheKeyFor(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const { headers } = request;
  if (NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (headers.range !== undefined || headers.authorization !== undefined) return null;
  if (headers.cookie && PRIVATE_COOKIE.test(headers.cookie)) return null;
  const url = request.url ?? "/";
  if (url.length > 2048 || /[?&]_rsc=/.test(url)) return null;
  const encoding = (headers["accept-encoding"] ?? "").toLowerCase().replace(/\s+/g, "");
  if (encoding.length > 200) return null;
  // HSTS and the CSP's upgrade-insecure-requests depend on the scheme; absolute links on the host.
  // Forwarded headers are only still here when TRUST_PROXY trusts the peer (connection guards).
  const proto = String(headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim() === "https" ? "https" : "http";
  const host = `${headers["x-forwarded-host"] ?? ""}|${headers.host ?? ""}`;
  // Next.js renders a page differently for crawlers, with no Vary to say so: link-preview bots
  // get the metadata in <head>, browsers get it streamed. A browser's copy would give a shared
  // link no preview, so each kind of client has its own.
  const client = bots.getBotType(String(headers["user-agent"] ?? "")) ?? "browser";
  return `${proto}|${host}|${encoding}|${client}|${url}`;
}

/** @param {string | undefined} cacheControl @param {string} directive */
function seconds(cacheControl, directive) {
  const match = new RegExp(`(?:^|[,\\s])${directive}=(\\d+)`).exec(cacheControl ?? "");
  return match ? Number(match[1]) : 0;
}

/**
 * The stored headers and time limits of an answer this cache may keep, or null.
 * @param {number} status @param {Map<string, string | string[]>} headers
 */
function keepable(status, headers) {
  if (status !== 200 || headers.has("set-cookie")) return null;
  const cacheControl = String(headers.get("cache-control") ?? "");
  if (!/(?:^|[,\s])public(?:$|[,\s])/.test(cacheControl) || /no-store|private|no-cache/.test(cacheControl)) return null;
  const fresh = seconds(cacheControl, "s-maxage") || seconds(cacheControl, "max-age");
  if (fresh === 0) return null;
  const vary = String(headers.get("vary") ?? "").toLowerCase().split(",").map((name) => name.trim()).filter(Boolean);
  if (vary.some((name) => !HONOURED_VARY.has(name))) return null;
  return { fresh, stale: seconds(cacheControl, "stale-while-revalidate") };
}

/**
 * Headers given to writeHead as an object, or as Node's flat [name, value, name, value, …] list
 * (a Set-Cookie passed that way must be seen as surely as one set with setHeader).
 * @param {unknown} given @returns {Record<string, string | string[]>}
 */
function givenHeaders(given) {
  if (!given || typeof given !== "object") return {};
  if (!Array.isArray(given)) return /** @type {Record<string, string | string[]>} */ (given);
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  const pairs = given.length > 0 && Array.isArray(given[0]) ? given : given.flatMap((item, index) => (index % 2 === 0 ? [[item, given[index + 1]]] : []));
  for (const [name, value] of /** @type {[unknown, unknown][]} */ (pairs)) {
    const key = String(name).toLowerCase();
    const previous = headers[key];
    const values = [...(previous === undefined ? [] : Array.isArray(previous) ? previous : [previous]), ...(Array.isArray(value) ? value.map(String) : [String(value)])];
    headers[key] = values.length === 1 ? values[0] ?? "" : values;
  }
  return headers;
}

/**
 * The response's headers as they will be sent: those set on it, and those given to writeHead.
 * @param {Response} response @param {Record<string, string | string[] | number | undefined>} given
 */
function headersOf(response, given) {
  /** @type {Map<string, string | string[]>} */
  const headers = new Map();
  for (const source of [response.getHeaders(), given]) {
    for (const [name, value] of Object.entries(source)) if (value !== undefined) headers.set(name.toLowerCase(), typeof value === "number" ? String(value) : value);
  }
  return headers;
}

/** @param {string} header @param {string} etag */
function etagMatches(header, etag) {
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

/**
 * Whether the client's copy is the stored one: by ETag, or when it sent none, by date
 * (RFC 9110 13.1.3: If-Modified-Since is ignored when If-None-Match is present).
 * @param {Request} request @param {Entry} entry
 */
function notModified(request, entry) {
  const ifNoneMatch = request.headers["if-none-match"];
  if (typeof ifNoneMatch === "string") return etagMatches(ifNoneMatch, entry.etag);
  const since = Date.parse(request.headers["if-modified-since"] ?? "");
  const lastModified = entry.headers.find(([name]) => name === "last-modified")?.[1];
  if (Number.isNaN(since) || typeof lastModified !== "string") return false;
  const modified = Date.parse(lastModified);
  return !Number.isNaN(modified) && modified <= since;
}

/** @param {unknown} chunk @param {unknown} encoding */
function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8");
}

/**
 * @param {{ maxBytes: number, maxEntryBytes?: number, now?: () => number }} options
 */
export function createPageCache(options) {
  const { maxBytes, now = Date.now } = options;
  const maxEntryBytes = Math.min(options.maxEntryBytes ?? 4 * 1024 * 1024, maxBytes);
  /** @type {Map<string, Entry>} least recently used first */
  const entries = new Map();
  /** @type {Map<string, Promise<void>>} the one render per key that will refresh it */
  const rendering = new Map();
  /** @type {Map<string, number>} keys whose last answer could not be kept, until when to leave them alone */
  const uncacheable = new Map();
  let totalBytes = 0;

  /** @param {string} key */
  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    totalBytes -= entry.bytes;
    entries.delete(key);
  }

  /** @param {string} key */
  function remember(key) {
    uncacheable.delete(key);
    uncacheable.set(key, now() + UNCACHEABLE_MS);
    if (uncacheable.size > MAX_UNCACHEABLE_KEYS) uncacheable.delete(uncacheable.keys().next().value ?? key);
  }

  /** @param {Entry} entry */
  function stillValid(entry) {
    return entry.tags ? isFresh(entry.renderedAt, entry.tags) : isFreshUnderAnyTag(entry.renderedAt);
  }

  /** The entry for `key` if nothing it was made from has changed since; drops it otherwise. @param {string} key */
  function validEntry(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (!stillValid(entry) || now() >= entry.staleUntil) {
      remove(key);
      return null;
    }
    return entry;
  }

  /** @param {Entry} entry */
  function store(entry) {
    remove(entry.key);
    if (entry.bytes > maxEntryBytes) return;
    entries.set(entry.key, entry);
    totalBytes += entry.bytes;
    for (const oldest of entries.keys()) {
      if (totalBytes <= maxBytes) break;
      remove(oldest);
    }
  }

  /**
   * Answer from `entry`: 304 when the client's copy matches, else the stored bytes.
   * @param {Request} request @param {Response} response @param {Entry} entry @param {Outcome} outcome
   */
  function serve(request, response, entry, outcome) {
    // Most recently used last, so eviction takes the oldest first.
    entries.delete(entry.key);
    entries.set(entry.key, entry);
    for (const [name, value] of entry.headers) response.setHeader(name, value);
    const given = request.headers["x-request-id"];
    response.setHeader("x-request-id", typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID());
    response.setHeader("Age", String(Math.max(0, Math.floor((now() - entry.renderedAt) / 1000))));
    response.setHeader("x-page-cache", outcome);
    if (notModified(request, entry)) {
      for (const name of ["content-type", "content-encoding"]) response.removeHeader(name);
      response.writeHead(304);
      response.end();
      return;
    }
    response.setHeader("Content-Length", String(entry.body.length));
    response.writeHead(entry.status);
    response.end(request.method === "HEAD" ? undefined : entry.body);
  }

  /**
   * Let Next.js answer, keeping a copy of what it sends when that may be kept.
   * @param {string} key @param {Request} request @param {Response} response @param {() => Promise<void>} next
   */
  function renderAndKeep(key, request, response, next) {
    const renderedAt = now();
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooBig = false;
    /** @type {Record<string, string | string[]>} */
    let headHeaders = {};
    /** Lets readers waiting for this render go, once: when it ends, or when it cannot be kept. */
    let release = () => {};
    const collect = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      if (tooBig) return;
      const buffer = toBuffer(chunk, encoding);
      if (!buffer) return;
      size += buffer.length;
      if (size > maxEntryBytes) {
        tooBig = true;
        chunks.length = 0;
      } else chunks.push(Buffer.from(buffer));
    };
    const originalWriteHead = response.writeHead;
    const originalWrite = response.write;
    const originalEnd = response.end;
    response.writeHead = /** @type {Response["writeHead"]} */ (
      function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
        headHeaders = givenHeaders(typeof rest[0] === "string" ? rest[1] : rest[0]);
        // Known as soon as the headers go out: an answer that cannot be kept (a private page, a
        // live stream that never ends) releases the readers waiting for it at once.
        if (!keepable(status, headersOf(response, headHeaders))) {
          tooBig = true;
          chunks.length = 0;
          remember(key);
          release();
        }
        return originalWriteHead.call(this, status, .../** @type {[]} */ (rest));
      }
    );
    response.write = /** @type {Response["write"]} */ (
      function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
        collect(chunk, rest[0]);
        return originalWrite.call(this, chunk, .../** @type {[]} */ (rest));
      }
    );
    response.end = /** @type {Response["end"]} */ (
      function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
        collect(chunk, rest[0]);
        return originalEnd.call(this, chunk, .../** @type {[]} */ (rest));
      }
    );

    /** @type {Set<string>} */
    const tags = new Set();
    const done = new Promise((resolve) => {
      release = () => {
        if (rendering.get(key) === done) rendering.delete(key);
        resolve(undefined);
      };
      response.once("finish", () => {
        if (!tooBig) keep(key, response, headHeaders, Buffer.concat(chunks), tags, renderedAt);
        release();
      });
      response.once("close", () => release());
    });
    rendering.set(key, done);
    return collectingTags(tags, next);
  }

  /**
   * @param {string} key @param {Response} response @param {Record<string, string | string[]>} headHeaders
   * @param {Buffer} body @param {Set<string>} collected @param {number} renderedAt
   */
  function keep(key, response, headHeaders, body, collected, renderedAt) {
    const headers = headersOf(response, headHeaders);
    const limits = keepable(response.statusCode, headers);
    if (!limits) {
      remember(key);
      return;
    }
    // A render that read data before a change and finished after it must not be kept.
    const tags = collected.size ? [...collected] : null;
    if (!(tags ? isFresh(renderedAt, tags) : isFreshUnderAnyTag(renderedAt))) return;
    if (!headers.has("etag")) headers.set("etag", `"${createHash("sha1").update(body).digest("base64url")}"`);
    const stored = [...headers].filter(([name]) => !UNSTORED_HEADERS.has(name));
    const headerBytes = stored.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
    store({
      key,
      status: 200,
      headers: stored,
      body,
      etag: String(headers.get("etag")),
      tags,
      renderedAt,
      freshUntil: renderedAt + limits.fresh * 1000,
      staleUntil: renderedAt + (limits.fresh + limits.stale) * 1000,
      bytes: body.length + headerBytes + key.length + ENTRY_OVERHEAD_BYTES,
    });
  }

  return {
    /**
     * Answer `request` from memory when possible, else through `next` (Next.js's handler).
     * @param {Request} request @param {Response} response @param {() => Promise<void>} next
     * @returns {Promise<Outcome>}
     */
    async handle(request, response, next) {
      const key = cacheKeyFor(request);
      // Without the LISTEN connection nothing would say when an entry goes stale (0004).
      if (!key || !isListening()) {
        await next();
        return "bypass";
      }
      const leaveAlone = uncacheable.get(key);
      if (leaveAlone !== undefined) {
        if (now() < leaveAlone) {
          await next();
          return "bypass";
        }
        uncacheable.delete(key);
      }
      const entry = validEntry(key);
      if (entry && now() < entry.freshUntil) {
        serve(request, response, entry, "hit");
        return "hit";
      }
      const pending = rendering.get(key);
      if (entry && pending) {
        serve(request, response, entry, "stale");
        return "stale";
      }
      if (!entry && pending) {
        // Someone is already rendering this: wait for their copy rather than render it again.
        await pending;
        const rendered = validEntry(key);
        if (rendered) {
          serve(request, response, rendered, "hit");
          return "hit";
        }
      }
      // HEAD has no body to keep, and a conditional request may be answered 304 without one.
      if (request.method === "HEAD" || request.headers["if-none-match"] !== undefined || request.headers["if-modified-since"] !== undefined || rendering.has(key)) {
        await next();
        return "miss";
      }
      response.setHeader("x-page-cache", "miss");
      await renderAndKeep(key, request, response, next);
      return "miss";
    },
    /** Bytes held now (bodies, headers and keys). */
    get bytes() {
      return totalBytes;
    },
    get size() {
      return entries.size;
    },
  };
}

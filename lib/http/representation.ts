import "server-only";

import { createHash } from "node:crypto";

import { corsHeaders } from "./cors";

// A rendered public document (feed, calendar, API body) with the validators HTTP caches use.
// Bodies are built deterministically from the data, so the same data always gives the same
// ETag, on every instance, and a conditional request can be answered with 304.

export interface Representation {
  body: string;
  contentType: string;
  /** Strong entity tag, quoted, derived from the body. */
  etag: string;
  /** When the data behind the body last changed (ISO timestamp), if known. */
  lastModified: string | null;
}

export function makeRepresentation(body: string, contentType: string, lastModified: Date | null): Representation {
  const digest = createHash("sha256").update(contentType).update("\n").update(body).digest("base64url");
  return { body, contentType, etag: `"${digest.slice(0, 32)}"`, lastModified: lastModified?.toISOString() ?? null };
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // GET uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored.
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

/** Whether the client's cached copy is still current (RFC 9110 §13.2.2 order of precedence). */
export function isNotModified(headers: Headers, representation: Pick<Representation, "etag" | "lastModified">): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, representation.etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null || representation.lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  // HTTP dates have whole seconds; compare at that precision.
  const modified = Math.floor(Date.parse(representation.lastModified) / 1000) * 1000;
  return modified <= since;
}

export interface ServeOptions {
  cacheControl: string;
  headers?: Record<string, string>;
}

/** 200 with the body, or 304 when the request's validators match; CORS open, as for all open data. */
export function serveRepresentation(request: Request, representation: Representation, options: ServeOptions): Response {
  const headers = new Headers({
    ...corsHeaders,
    ETag: representation.etag,
    "Cache-Control": options.cacheControl,
    ...options.headers,
  });
  if (representation.lastModified) headers.set("Last-Modified", new Date(representation.lastModified).toUTCString());
  if (isNotModified(request.headers, representation)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", representation.contentType);
  return new Response(request.method === "HEAD" ? null : representation.body, { status: 200, headers });
}

import "server-only";

import { guardedFetch, OutboundError, type OutboundPolicy } from "@/lib/http/outbound";

import { retryAfterMs } from "./retry-after";

// One poll's request to an official API, through the outbound guard every request to an address
// someone else chose goes through (lib/http/outbound.ts, decision 0013): HTTPS only unless
// SOURCE_WATCH_ALLOW_PRIVATE_ADDRESSES, no private or loopback address, a time and size limit.
// Redirects are followed only to the same host, each hop checked again by the guard: an official
// API that sends us elsewhere is not one we were asked to watch. The validators of the last
// answer make the request conditional, so an unchanged record costs a 304 and no parsing.

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 3;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: "ok"; body: string; contentType: string; validators: Validators }
  | { kind: "not_modified" }
  | { kind: "failed"; message: string; retryAfterMs: number | null; gone: boolean };

const failed = (message: string, extra: { retryAfterMs?: number | null; gone?: boolean } = {}): FetchOutcome => ({
  kind: "failed",
  message,
  retryAfterMs: extra.retryAfterMs ?? null,
  gone: extra.gone ?? false,
});

function outboundMessage(kind: OutboundError["kind"], maxBytes: number): string {
  switch (kind) {
    case "refused":
      return "Refused: the address is not a public HTTPS server (set SOURCE_WATCH_ALLOW_PRIVATE_ADDRESSES=1 only for tests).";
    case "unreachable":
      return "Could not connect to the official server.";
    case "timeout":
      return "The official server did not answer in time.";
    case "too_large":
      return `The answer was larger than the limit (${maxBytes / (1024 * 1024)} MiB).`;
    case "redirects":
      return "Too many redirects.";
  }
}

/** GET an official record, conditionally; never throws for anything the network or server does. */
export async function fetchOfficial(
  address: string,
  input: { headers: Record<string, string>; validators: Validators; policy: OutboundPolicy; now: Date; accept: string; timeoutMs?: number; maxBytes?: number },
): Promise<FetchOutcome> {
  const maxBytes = input.maxBytes ?? MAX_ANSWER_BYTES;
  const headers: Record<string, string> = { Accept: input.accept, "User-Agent": "PolicyTracker-SourceWatch/1", ...input.headers };
  if (input.validators.etag) headers["If-None-Match"] = input.validators.etag;
  if (input.validators.lastModified) headers["If-Modified-Since"] = input.validators.lastModified;
  let current = address;
  for (let hop = 0; ; hop += 1) {
    let response: Response;
    try {
      response = await guardedFetch(current, { method: "GET", headers, timeoutMs: input.timeoutMs ?? FETCH_TIMEOUT_MS, maxResponseBytes: maxBytes, maxRedirects: 0 }, input.policy);
    } catch (error) {
      return failed(error instanceof OutboundError ? outboundMessage(error.kind, maxBytes) : "Could not connect to the official server.");
    }
    const status = response.status;
    if (status >= 300 && status < 400 && status !== 304) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      const next = location && URL.canParse(location, current) ? new URL(location, current) : null;
      if (!next) return failed(`The official server answered HTTP ${status} without saying where to.`);
      if (next.host !== new URL(current).host) return failed(`The official server redirected to another host (${next.host}); not followed.`);
      if (hop >= MAX_REDIRECTS) return failed("Too many redirects.");
      current = next.toString();
      continue;
    }
    if (status === 304) {
      await response.body?.cancel();
      return { kind: "not_modified" };
    }
    const wait = retryAfterMs(response.headers.get("retry-after"), input.now);
    if (status === 404 || status === 410) {
      await response.body?.cancel();
      return failed(`The official record is gone (HTTP ${status}). Check the source's identifier, or remove it.`, { gone: true, retryAfterMs: wait });
    }
    if (status === 429) {
      await response.body?.cancel();
      return failed("The official server asked us to slow down (HTTP 429).", { retryAfterMs: wait });
    }
    if (status < 200 || status >= 300) {
      await response.body?.cancel();
      return failed(`The official server answered HTTP ${status}.`, { retryAfterMs: wait });
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      return failed(error instanceof OutboundError ? outboundMessage(error.kind, maxBytes) : "The answer was cut off.");
    }
    return {
      kind: "ok",
      body,
      contentType: response.headers.get("content-type") ?? "",
      validators: { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") },
    };
  }
}

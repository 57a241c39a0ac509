import "server-only";

import { lookup as dnsLookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { Readable, Transform } from "node:stream";

import { formatIp, isPublicAddress, parseIp } from "./ip";

// Every request this server makes to an address someone else chose (a webhook receiver today;
// the source-watch poller's official APIs next) goes through guardedFetch, so that the app
// cannot be turned into a scanner of the network it runs in (SSRF; decision 0013):
// - HTTPS only, to the usual HTTPS ports, with no credentials in the address;
// - the host name resolved once, refused if ANY address it has is loopback, private,
//   link-local, unique-local, unspecified or otherwise not public (also as IPv4-mapped IPv6),
//   and the connection made to that checked address (no second lookup to rebind);
// - redirects followed only when asked, each hop checked again;
// - a time limit and a size limit on the answer;
// - failures described generically: which port was closed or how a handshake failed is exactly
//   what a scanner wants to learn.
// The allowance for private addresses is the caller's setting (WEBHOOKS_ALLOW_PRIVATE_ADDRESSES,
// SOURCE_WATCH_ALLOW_PRIVATE_ADDRESSES), for tests and intranets: it also allows plain HTTP and
// any port.

export interface OutboundPolicy {
  allowPrivateAddresses: boolean;
}

export const USUAL_HTTPS_PORTS: ReadonlySet<number> = new Set([443, 8443]);

export type RefusalReason = "unreadable" | "scheme" | "port" | "credentials" | "address";

const refusalMessages: Record<RefusalReason, string> = {
  unreadable: "Enter a full web address starting with https://.",
  scheme: "Use an address starting with https://: requests leave this server only over HTTPS.",
  port: "Use the usual HTTPS port (443, or 8443): other ports are refused.",
  credentials: "Leave the user name and password out of the address.",
  address: "This address is on a private or local network. Only public servers can be reached.",
};

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: RefusalReason; message: string };

/** Names that only ever mean this machine or its own network, whatever DNS says. */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || /\.(localhost|local|internal|home\.arpa)$/.test(name) || !name.includes(".");
}

/** What can be judged from the address alone, before any DNS lookup. */
export function checkOutboundUrl(value: string, policy: OutboundPolicy): UrlCheck {
  const refuse = (reason: RefusalReason): UrlCheck => ({ ok: false, reason, message: refusalMessages[reason] });
  if (!URL.canParse(value)) return refuse("unreadable");
  const url = new URL(value);
  if (url.protocol !== "https:" && !(policy.allowPrivateAddresses && url.protocol === "http:")) return refuse("scheme");
  if (url.username || url.password) return refuse("credentials");
  if (!policy.allowPrivateAddresses) {
    const port = url.port ? Number(url.port) : 443;
    if (!USUAL_HTTPS_PORTS.has(port)) return refuse("port");
    const literal = parseIp(url.hostname);
    if (literal ? !isPublicAddress(literal) : isLocalName(url.hostname)) return refuse("address");
  }
  return { ok: true, url };
}

/** Why a request was not made or not finished: a refusal, or a connection that failed. */
export class OutboundError extends Error {
  constructor(
    readonly kind: "refused" | "unreachable" | "timeout" | "too_large" | "redirects",
    message: string,
  ) {
    super(message);
    this.name = "OutboundError";
  }
}

const GENERIC: Record<OutboundError["kind"], string> = {
  refused: "Could not connect: the address is not one this server may reach.",
  unreachable: "Could not connect.",
  timeout: "Could not connect in time.",
  too_large: "The answer was too large.",
  redirects: "Too many redirects.",
};

function outboundError(kind: OutboundError["kind"]): OutboundError {
  return new OutboundError(kind, GENERIC[kind]);
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** The one address to connect to: every address the name has must be allowed. */
async function resolveAllowed(url: URL, policy: OutboundPolicy, resolve: Resolver): Promise<{ address: string; family: 4 | 6 }> {
  const literal = parseIp(url.hostname);
  let candidates: { address: string; family: number }[];
  if (literal) candidates = [{ address: formatIp(literal), family: literal.family }];
  else {
    try {
      candidates = await resolve(url.hostname);
    } catch {
      throw outboundError("unreachable");
    }
  }
  const parsed = candidates.map((candidate) => parseIp(candidate.address));
  if (parsed.length === 0 || parsed.some((ip) => ip === null)) throw outboundError("unreachable");
  const addresses = parsed.filter((ip) => ip !== null);
  if (!policy.allowPrivateAddresses && addresses.some((ip) => !isPublicAddress(ip))) throw outboundError("refused");
  const first = addresses[0]!; // non-empty: checked above
  return { address: formatIp(first), family: first.family };
}

export interface GuardedRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** The whole exchange, connection to last byte. */
  timeoutMs?: number;
  /** Larger answers fail with "too_large". */
  maxResponseBytes?: number;
  /** 0: a 3xx is returned as it is. Otherwise each hop is checked like the first address. */
  maxRedirects?: number;
}

export interface GuardedFetchDeps {
  resolve?: Resolver;
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function send(url: URL, pinned: { address: string; family: 4 | 6 }, init: GuardedRequest, signal: AbortSignal): Promise<IncomingMessage> {
  // Node asks for every address at once when it may try several (autoSelectFamily); either
  // way it gets only the one that was checked.
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const options: RequestOptions = {
    method: init.method ?? "GET",
    hostname: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    headers: init.headers,
    lookup,
    signal,
    agent: false,
  };
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(options, resolve);
    request.on("error", reject);
    request.end(init.body);
  });
}

function limited(response: IncomingMessage, maxBytes: number): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(outboundError("too_large"));
      else callback(null, chunk);
    },
  });
  response.on("error", (error) => counter.destroy(error));
  return response.pipe(counter);
}

/**
 * fetch() for addresses someone else chose, under the rules above. Resolves with the answer
 * (its body limited in size), or rejects with an OutboundError whose message is safe to show
 * and to log.
 */
export async function guardedFetch(address: string, init: GuardedRequest, policy: OutboundPolicy, deps: GuardedFetchDeps = {}): Promise<Response> {
  const { timeoutMs = 10_000, maxResponseBytes = 1024 * 1024, maxRedirects = 0 } = init;
  const resolve = deps.resolve ?? systemResolver;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = address;
  let currentInit = init;
  for (let hop = 0; ; hop += 1) {
    const check = checkOutboundUrl(current, policy);
    if (!check.ok) throw outboundError("refused");
    const pinned = await resolveAllowed(check.url, policy, resolve);
    let response: IncomingMessage;
    try {
      response = await send(check.url, pinned, currentInit, signal);
    } catch {
      throw outboundError(signal.aborted ? "timeout" : "unreachable");
    }
    const status = response.statusCode ?? 502;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location && maxRedirects > 0) {
      response.on("error", () => undefined).resume();
      if (hop >= maxRedirects) throw outboundError("redirects");
      current = new URL(location, check.url).toString();
      // As browsers do: a 303, or a POST answered 301/302, is followed with a GET and no body.
      if (status === 303 || ((status === 301 || status === 302) && currentInit.method === "POST")) {
        currentInit = { ...currentInit, method: "GET", body: undefined };
      }
      continue;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
    }
    const withoutBody = NULL_BODY_STATUSES.has(status) || (currentInit.method ?? "GET") === "HEAD";
    if (withoutBody) response.on("error", () => undefined).resume();
    const body = withoutBody ? null : (Readable.toWeb(limited(response, maxResponseBytes)) as ReadableStream<Uint8Array>);
    return new Response(body, { status: status < 200 || status > 599 ? 502 : status, statusText: response.statusMessage, headers });
  }
}

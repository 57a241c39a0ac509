import { getConfig } from "@/lib/config";

import { clientFromChain, type TrustProxy } from "./trust-proxy";

// Next.js keeps an X-Forwarded-For the client sent and only adds the socket's address when
// there is none, and hands application code no socket. So each request is stamped, as it
// arrives, with its socket's peer address under a header name chosen at random per process
// (lib/http/connection-guards.ts): no client can send it, and a request that arrived before
// the stamp was installed simply has no peer.

const PEER_HEADER_KEY = Symbol.for("policy-tracker.peer-header");
const holder = globalThis as unknown as Record<typeof PEER_HEADER_KEY, string | undefined>;

export function peerHeaderName(): string | undefined {
  return holder[PEER_HEADER_KEY];
}

export function setPeerHeaderName(name: string): void {
  holder[PEER_HEADER_KEY] = name;
}

/** The socket peer this request was stamped with, or null. */
export function requestPeer(headers: Headers): string | null {
  const name = peerHeaderName();
  return name ? headers.get(name) : null;
}

/**
 * The client's address for limits and logs: the socket's peer unless TRUST_PROXY says which
 * forwarded headers to believe. Null when it cannot be known.
 */
export function clientAddress(headers: Headers, trust: TrustProxy = getConfig().TRUST_PROXY): string | null {
  return clientFromChain(trust, headers.get("x-forwarded-for"), requestPeer(headers));
}

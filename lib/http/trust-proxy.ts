import { canonicalIp, inRange, parseIp, parseRange, type IpRange } from "./ip";

// TRUST_PROXY: which forwarded headers to believe. Unset, nobody's: the client is the socket's
// peer, whatever X-Forwarded-For says (any client can send one). With a hop count, that many
// proxies stand in front and each appends its peer to X-Forwarded-For. With addresses, only a
// peer in that list is a proxy. Decision 0012 explains the choice.

export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; ranges: IpRange[] };

const OFF = new Set(["", "0", "false", "off", "no"]);
const LOOPBACK = ["127.0.0.0/8", "::1/128"];
export const MAX_HOPS = 10;

/** TRUST_PROXY as configured, or a sentence saying what is wrong with it. */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = (value ?? "").trim().toLowerCase();
  if (OFF.has(text)) return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= MAX_HOPS ? { kind: "hops", hops } : `TRUST_PROXY counts proxies in front of the app: at most ${MAX_HOPS}`;
  }
  const ranges: IpRange[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const expanded = entry === "loopback" ? LOOPBACK : [entry];
    for (const item of expanded) {
      const range = parseRange(item);
      if (!range) {
        return `TRUST_PROXY must be a number of proxies (1) or their addresses (10.0.0.5, 10.0.0.0/24, loopback); "${entry}" is neither`;
      }
      ranges.push(range);
    }
  }
  return { kind: "addresses", ranges };
}

function isProxy(trust: TrustProxy, address: string | null): boolean {
  if (trust.kind === "none" || !address) return false;
  if (trust.kind === "hops") return true;
  const ip = parseIp(address);
  return !!ip && trust.ranges.some((range) => inRange(ip, range));
}

/** Whether forwarded headers from this peer (the socket's other end) may be believed at all. */
export function trustsPeer(trust: TrustProxy, peer: string | null): boolean {
  return isProxy(trust, peer);
}

/**
 * The client's address: the socket's peer, or, through trusted proxies, the address the
 * nearest untrusted hop was seen at. `forwardedFor` is X-Forwarded-For as received. Null when
 * nothing trustworthy names one.
 */
export function clientFromChain(trust: TrustProxy, forwardedFor: string | null, peer: string | null): string | null {
  const canonicalPeer = canonicalIp(peer);
  if (trust.kind === "none" || !trustsPeer(trust, canonicalPeer)) return canonicalPeer;
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, ...(canonicalPeer ? [canonicalPeer] : [])];
  if (chain.length === 0) return null;
  if (trust.kind === "hops") {
    // Each proxy appended the address it was reached from; the one `hops` places left of the
    // end was added by the outermost proxy, about its own peer: the client.
    const index = Math.max(0, chain.length - 1 - trust.hops);
    return canonicalIp(chain[index]);
  }
  let index = chain.length - 1;
  while (index > 0 && isProxy(trust, canonicalIp(chain[index]))) index -= 1;
  return canonicalIp(chain[index]);
}

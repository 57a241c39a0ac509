// IP addresses as numbers: parsing, one canonical spelling, ranges, and which addresses are on
// the public internet. Shared by the client-address rules (TRUST_PROXY, throttling keys) and
// the outbound-request guard, so that both read "::ffff:127.0.0.1" as the loopback it is.

export interface Ip {
  family: 4 | 6;
  value: bigint;
}

export interface IpRange {
  family: 4 | 6;
  value: bigint;
  bits: number;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function parseIpv4(text: string): bigint | null {
  if (!IPV4.test(text)) return null;
  return text.split(".").reduce((sum, part) => (sum << 8n) | BigInt(Number(part)), 0n);
}

function parseIpv6(text: string): bigint | null {
  let groups: string[];
  let tail: bigint | null = null;
  let source = text;
  // An IPv4 tail ("::ffff:192.0.2.1") stands for the last two groups.
  const lastColon = source.lastIndexOf(":");
  if (source.includes(".", lastColon)) {
    tail = parseIpv4(source.slice(lastColon + 1));
    if (tail === null) return null;
    source = `${source.slice(0, lastColon + 1)}0:0`;
  }
  const halves = source.split("::");
  if (halves.length > 2) return null;
  const split = (half: string) => (half === "" ? [] : half.split(":"));
  if (halves.length === 2) {
    const head = split(halves[0] ?? "");
    const rest = split(halves[1] ?? "");
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return null;
    groups = [...head, ...Array<string>(missing).fill("0"), ...rest];
  } else {
    groups = split(source);
  }
  if (groups.length !== 8 || !groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  let value = groups.reduce((sum, group) => (sum << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
  if (tail !== null) value = (value & ~0xffffffffn) | tail;
  return value;
}

/** An address written as IPv4 or IPv6 (brackets and a zone id allowed), or null. */
export function parseIp(text: string): Ip | null {
  const trimmed = text.trim();
  if (trimmed.length > 64) return null;
  const v4 = parseIpv4(trimmed);
  if (v4 !== null) return { family: 4, value: v4 };
  const unbracketed = trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.slice(1, -1) : trimmed;
  const zone = unbracketed.indexOf("%");
  const v6 = parseIpv6(zone === -1 ? unbracketed : unbracketed.slice(0, zone));
  return v6 === null ? null : { family: 6, value: v6 };
}

/** An IPv4-mapped IPv6 address ("::ffff:127.0.0.1") as the IPv4 address it is. */
export function unmapped(ip: Ip): Ip {
  return ip.family === 6 && ip.value >> 32n === 0xffffn ? { family: 4, value: ip.value & 0xffffffffn } : ip;
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
}

function formatIpv6(value: bigint): string {
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number((value >> shift) & 0xffffn));
  // RFC 5952: the longest run of two or more zero groups becomes "::".
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start += 1) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length += 1;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

export function formatIp(ip: Ip): string {
  return ip.family === 4 ? formatIpv4(ip.value) : formatIpv6(ip.value);
}

/** One spelling per address (IPv4-mapped IPv6 as IPv4, IPv6 compressed and lower-case), or null. */
export function canonicalIp(text: string | null | undefined): string | null {
  if (!text) return null;
  const ip = parseIp(text);
  return ip ? formatIp(unmapped(ip)) : null;
}

/** "10.0.0.0/8", "fd00::/8" or a single address (a range of one). */
export function parseRange(text: string): IpRange | null {
  const [address = "", bitsText, extra] = text.trim().split("/");
  if (extra !== undefined) return null;
  const ip = parseIp(address);
  if (!ip) return null;
  const width = ip.family === 4 ? 32 : 128;
  const bits = bitsText === undefined ? width : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
  if (!Number.isInteger(bits) || bits < 0 || bits > width) return null;
  const shift = BigInt(width - bits);
  return { family: ip.family, value: (ip.value >> shift) << shift, bits };
}

export function inRange(ip: Ip, range: IpRange): boolean {
  if (ip.family !== range.family) return false;
  const shift = BigInt((ip.family === 4 ? 32 : 128) - range.bits);
  return ip.value >> shift === range.value >> shift;
}

function ranges(list: string[]): IpRange[] {
  // Only literals from this file: a typo is a bug, found by the unit test.
  return list.map((text) => parseRange(text) as IpRange);
}

// Not the public internet (IANA's special-purpose registries): "this network", private,
// shared (carrier NAT), loopback, link-local (cloud metadata lives at 169.254.169.254),
// protocol assignments, documentation, benchmarking, multicast, reserved, broadcast.
const NON_PUBLIC_V4 = ranges([
  "0.0.0.0/8",
  "10.0.0.0/8",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "172.16.0.0/12",
  "192.0.0.0/24",
  "192.0.2.0/24",
  "192.88.99.0/24",
  "192.168.0.0/16",
  "198.18.0.0/15",
  "198.51.100.0/24",
  "203.0.113.0/24",
  "224.0.0.0/4",
  "240.0.0.0/4",
]);

// Unspecified, loopback, IPv4-compatible (deprecated), discard, protocol assignments (Teredo
// among them), documentation, 6to4 (tunnels to any IPv4 address), unique-local, site-local
// (deprecated), link-local, multicast; NAT64's local-use prefix.
const NON_PUBLIC_V6 = ranges([
  "::/128",
  "::1/128",
  "::/96",
  "100::/64",
  "2001::/23",
  "2001:db8::/32",
  "2002::/16",
  "64:ff9b:1::/48",
  "fc00::/7",
  "fec0::/10",
  "fe80::/10",
  "ff00::/8",
]);

const NAT64 = parseRange("64:ff9b::/96") as IpRange;

/**
 * Whether a connection to this address would reach the public internet: false for loopback,
 * private, link-local, unique-local, unspecified and every other special-purpose range, also
 * when written as IPv4-mapped IPv6 or behind the NAT64 prefix.
 */
export function isPublicAddress(input: Ip): boolean {
  const ip = unmapped(input);
  if (ip.family === 4) return !NON_PUBLIC_V4.some((range) => inRange(ip, range));
  if (inRange(ip, NAT64)) return isPublicAddress({ family: 4, value: ip.value & 0xffffffffn });
  // Only global unicast (2000::/3) is routed on the internet at all.
  if (ip.value >> 125n !== 1n) return false;
  return !NON_PUBLIC_V6.some((range) => inRange(ip, range));
}

/**
 * The key a client is counted under for limits: its IPv4 address, or its IPv6 /64 (one
 * subscriber line gets a whole /64, so counting single IPv6 addresses would count nothing).
 */
export function clientKey(address: string): string {
  const ip = parseIp(address);
  if (!ip) return address.slice(0, 64);
  const plain = unmapped(ip);
  if (plain.family === 4) return formatIp(plain);
  return `${formatIp({ family: 6, value: (plain.value >> 64n) << 64n })}/64`;
}

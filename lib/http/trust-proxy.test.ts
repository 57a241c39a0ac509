import { describe, expect, it } from "vitest";

import { clientFromChain, parseTrustProxy, type TrustProxy } from "./trust-proxy";

function trust(value: string): TrustProxy {
  const parsed = parseTrustProxy(value);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

describe("parseTrustProxy", () => {
  it("reads off, a hop count, and addresses", () => {
    expect(trust("")).toEqual({ kind: "none" });
    expect(trust("0")).toEqual({ kind: "none" });
    expect(trust("false")).toEqual({ kind: "none" });
    expect(trust("2")).toEqual({ kind: "hops", hops: 2 });
    expect(trust("10.0.0.5, 10.1.0.0/16 fd00::/8")).toMatchObject({ kind: "addresses", ranges: [{ bits: 32 }, { bits: 16 }, { bits: 8 }] });
    expect(trust("loopback")).toMatchObject({ kind: "addresses", ranges: [{ family: 4 }, { family: 6 }] });
  });

  it("says what is wrong with anything else", () => {
    expect(parseTrustProxy("yes please")).toMatch(/"yes" is neither/);
    expect(parseTrustProxy("11")).toMatch(/at most 10/);
    expect(parseTrustProxy("10.0.0.0/40")).toMatch(/neither/);
  });
});

describe("clientFromChain", () => {
  it("without TRUST_PROXY, is the socket's peer whatever X-Forwarded-For says", () => {
    expect(clientFromChain(trust(""), "203.0.113.9", "::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(clientFromChain(trust(""), "203.0.113.9", null)).toBeNull();
  });

  it("with a hop count, takes the entry the outermost proxy added", () => {
    expect(clientFromChain(trust("1"), "1.2.3.4, 198.51.100.9", "10.0.0.5")).toBe("198.51.100.9");
    expect(clientFromChain(trust("2"), "1.2.3.4, 198.51.100.9, 10.0.0.4", "10.0.0.5")).toBe("198.51.100.9");
    // Fewer entries than proxies: the furthest one known.
    expect(clientFromChain(trust("3"), "198.51.100.9", "10.0.0.5")).toBe("198.51.100.9");
    // No header: the peer itself.
    expect(clientFromChain(trust("1"), null, "198.51.100.9")).toBe("198.51.100.9");
    // Garbage where the proxy's entry should be names nobody.
    expect(clientFromChain(trust("1"), "unknown", "10.0.0.5")).toBeNull();
  });

  it("with addresses, walks back past the trusted proxies only", () => {
    const proxies = trust("10.0.0.0/24");
    expect(clientFromChain(proxies, "1.2.3.4, 198.51.100.9, 10.0.0.4", "10.0.0.5")).toBe("198.51.100.9");
    // A client that reaches the app directly is its own address, whatever it claims.
    expect(clientFromChain(proxies, "198.51.100.9", "203.0.113.50")).toBe("203.0.113.50");
    // Everything trusted: the leftmost entry.
    expect(clientFromChain(proxies, "10.0.0.7", "10.0.0.5")).toBe("10.0.0.7");
  });
});

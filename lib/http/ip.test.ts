import { describe, expect, it } from "vitest";

import { canonicalIp, clientKey, inRange, isPublicAddress, parseIp, parseRange, type Ip } from "./ip";

function ip(text: string): Ip {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(`not an address: ${text}`);
  return parsed;
}

describe("canonicalIp", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:7f00:1", "127.0.0.1"],
    ["[::1]", "::1"],
    ["0:0:0:0:0:0:0:1", "::1"],
    ["2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["fe80::1%eth0", "fe80::1"],
    ["2001:db8::", "2001:db8::"],
    [" 198.51.100.7 ", "198.51.100.7"],
  ])("spells %j as %j", (input, expected) => {
    expect(canonicalIp(input)).toBe(expected);
  });

  it.each(["", "localhost", "256.1.1.1", "1.2.3", "01.2.3.4", "1::2::3", "1:2:3:4:5:6:7:8:9", "::ffff:1.2.3.256", "x".repeat(100)])(
    "refuses %j",
    (input) => {
      expect(canonicalIp(input)).toBeNull();
    },
  );
});

describe("ranges", () => {
  it("match addresses inside them only", () => {
    const range = parseRange("10.0.0.0/8");
    expect(range).not.toBeNull();
    expect(inRange(ip("10.255.0.1"), range!)).toBe(true);
    expect(inRange(ip("11.0.0.1"), range!)).toBe(false);
    expect(inRange(ip("::1"), parseRange("::1")!)).toBe(true);
    expect(parseRange("10.0.0.0/33")).toBeNull();
    expect(parseRange("10.0.0.0/8/8")).toBeNull();
  });
});

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "0.0.0.0",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "192.0.2.1",
    "198.18.0.1",
    "224.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::127.0.0.1",
    "64:ff9b::7f00:1",
    "64:ff9b::a00:1",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "fec0::1",
    "ff02::1",
    "2001:db8::1",
    "2002:7f00:1::1",
    "2001:0:1::1",
    "100::1",
  ])("refuses %j", (address) => {
    expect(isPublicAddress(ip(address))).toBe(false);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "64:ff9b::808:808", "::ffff:8.8.8.8"])("allows %j", (address) => {
    expect(isPublicAddress(ip(address))).toBe(true);
  });
});

describe("clientKey", () => {
  it("counts an IPv6 client by its /64 and an IPv4 client by its address", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(clientKey("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(clientKey("198.51.100.7")).toBe("198.51.100.7");
  });
});

import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { DEVICE_COOKIE_MAX_AGE_S, newDeviceEntry, readDeviceCookie, writeDeviceCookie } from "./device-cookie";

const key = randomBytes(32);
const now = new Date("2026-12-02T12:00:00Z");

describe("device cookies", () => {
  it("read back what was written, newest account first", () => {
    const first = newDeviceEntry("user-a", now);
    const second = newDeviceEntry("user-b", now);
    const value = writeDeviceCookie(key, readDeviceCookie(key, writeDeviceCookie(key, [], first), now), second);
    expect(readDeviceCookie(key, value, now)).toEqual([second, first]);
  });

  it("replace an account's older entry and keep at most five accounts", () => {
    let entries = [0, 1, 2, 3, 4, 5].map((index) => newDeviceEntry(`user-${index}`, now));
    let value = "";
    for (const entry of entries) value = writeDeviceCookie(key, readDeviceCookie(key, value, now), entry);
    entries = readDeviceCookie(key, value, now);
    expect(entries.map((entry) => entry.userId)).toEqual(["user-5", "user-4", "user-3", "user-2", "user-1"]);
    const again = newDeviceEntry("user-3", now);
    expect(readDeviceCookie(key, writeDeviceCookie(key, entries, again), now).map((entry) => entry.userId)).toEqual([
      "user-3",
      "user-5",
      "user-4",
      "user-2",
      "user-1",
    ]);
  });

  it("drop entries signed with another key, changed by hand, or too old", () => {
    const entry = newDeviceEntry("user-a", now);
    const value = writeDeviceCookie(key, [], entry);
    expect(readDeviceCookie(randomBytes(32), value, now)).toEqual([]);
    const [userPart, nonce, issued, signature] = value.split(".");
    const otherUser = Buffer.from("user-b").toString("base64url");
    expect(readDeviceCookie(key, [otherUser, nonce, issued, signature].join("."), now)).toEqual([]);
    expect(readDeviceCookie(key, [userPart, nonce, String(Number(issued) + 1), signature].join("."), now)).toEqual([]);
    const later = new Date(now.getTime() + (DEVICE_COOKIE_MAX_AGE_S + 1) * 1000);
    expect(readDeviceCookie(key, value, later)).toEqual([]);
  });

  it("ignore garbage", () => {
    for (const value of ["", "x", "a.b.c.d", "~~~", "a".repeat(3000), undefined, null]) expect(readDeviceCookie(key, value, now)).toEqual([]);
  });
});

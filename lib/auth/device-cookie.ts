import "server-only";

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
// that has signed in to an account carries a signed note saying so. Failures from such a
// browser count against that browser alone; everyone else ("untrusted clients") shares the
// account's and the address's counters. So five wrong guesses from anywhere can lock strangers
// out of admin@localhost, but not the administrator's own browser (decision 0012).
//
// One cookie holds the accounts signed in from this browser, newest first:
//   <user id, base64url>.<nonce>.<issued, unix seconds>.<HMAC>  joined by "~"
// It proves only that this browser once knew the password; it opens nothing by itself.

export const DEVICE_COOKIE_NAME = "pt-device";
/** Over HTTPS the cookie may only be set by this exact host, never a subdomain. */
export const SECURE_DEVICE_COOKIE_NAME = "__Host-pt-device";
export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;
const MAX_ENTRIES = 5;

export interface DeviceEntry {
  userId: string;
  nonce: string;
  /** Unix seconds. */
  issuedAt: number;
}

export function deviceCookieName(https: boolean): string {
  return https ? SECURE_DEVICE_COOKIE_NAME : DEVICE_COOKIE_NAME;
}

function mac(key: Buffer, userPart: string, nonce: string, issuedAt: number): string {
  return createHmac("sha256", key).update(`${userPart}.${nonce}.${issuedAt}`).digest("base64url").slice(0, 32);
}

function serialise(key: Buffer, entry: DeviceEntry): string {
  const userPart = Buffer.from(entry.userId).toString("base64url");
  return `${userPart}.${entry.nonce}.${entry.issuedAt}.${mac(key, userPart, entry.nonce, entry.issuedAt)}`;
}

export function newDeviceEntry(userId: string, now: Date): DeviceEntry {
  return { userId, nonce: randomBytes(16).toString("base64url"), issuedAt: Math.floor(now.getTime() / 1000) };
}

/** The genuine, unexpired entries of a device cookie's value; anything else is dropped. */
export function readDeviceCookie(key: Buffer, value: string | undefined | null, now: Date): DeviceEntry[] {
  if (!value || value.length > 2000) return [];
  const nowSeconds = Math.floor(now.getTime() / 1000);
  return value.split("~").flatMap((item): DeviceEntry[] => {
    const parts = item.split(".");
    if (parts.length !== 4) return [];
    const [userPart = "", nonce = "", issued = "", signature = ""] = parts;
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(userPart) || !/^[A-Za-z0-9_-]{22}$/.test(nonce) || !/^\d{1,12}$/.test(issued)) return [];
    const issuedAt = Number(issued);
    const expected = Buffer.from(mac(key, userPart, nonce, issuedAt));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return [];
    if (issuedAt > nowSeconds + 300 || nowSeconds - issuedAt > DEVICE_COOKIE_MAX_AGE_S) return [];
    return [{ userId: Buffer.from(userPart, "base64url").toString(), nonce, issuedAt }];
  });
}

/** The cookie's new value: `entry` first, replacing any older one for the same account. */
export function writeDeviceCookie(key: Buffer, entries: readonly DeviceEntry[], entry: DeviceEntry): string {
  const others = entries.filter((existing) => existing.userId !== entry.userId);
  return [entry, ...others]
    .slice(0, MAX_ENTRIES)
    .map((item) => serialise(key, item))
    .join("~");
}

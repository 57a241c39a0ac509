import "server-only";

import { createHmac, randomBytes } from "node:crypto";

import { getConfig } from "@/lib/config";

// Keys for one purpose each (device cookies, unsubscribe links, live event ids, log
// pseudonyms), derived from AUTH_SECRET, so that every instance derives the same ones and none
// of them is stored in the database. Without AUTH_SECRET (unit and integration tests; the app
// never runs without one) a random secret stands in for the life of the process.

const FALLBACK_KEY = Symbol.for("policy-tracker.fallback-secret");
const holder = globalThis as unknown as Record<typeof FALLBACK_KEY, string | undefined>;

function secret(): string {
  const configured = getConfig().AUTH_SECRET;
  if (configured) return configured;
  holder[FALLBACK_KEY] ??= randomBytes(32).toString("base64");
  return holder[FALLBACK_KEY];
}

export type KeyPurpose = "device-cookie" | "unsubscribe-link" | "live-event-id" | "pseudonym";

/** A 32-byte key for `purpose`. */
export function derivedKey(purpose: KeyPurpose): Buffer {
  return createHmac("sha256", secret()).update(`policy-tracker ${purpose} v1`).digest();
}

/** A short keyed hash naming something without revealing it in a log or a column ("unknown account 3f…"). */
export function pseudonym(value: string): string {
  return createHmac("sha256", derivedKey("pseudonym")).update(value).digest("hex").slice(0, 16);
}

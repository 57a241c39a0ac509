import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { clientKey } from "@/lib/http/ip";

// Login throttling, kept in PostgreSQL so that every instance sees the same counters. An
// attempt from a browser that has signed in to the account before (a device cookie,
// lib/auth/device-cookie.ts) counts against that browser only. Any other attempt counts against
// two shared counters: the account's untrusted clients (stops guessing one password) and the
// client address (stops trying one password on many accounts). After a few free failures each
// further failure doubles the wait, up to a cap; a quiet period forgets the count.

export interface ThrottleLimit {
  /** Failures allowed before any wait. */
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A counter with no failure for this long starts again from zero. */
  forgetAfterSeconds: number;
}

export const accountLimit: ThrottleLimit = {
  freeFailures: 5,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

// Higher, because an office or a school shares one address.
export const clientLimit: ThrottleLimit = {
  freeFailures: 20,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** Seconds to wait after `failures` consecutive failures: 0 within the free allowance, then doubling. */
export function delayAfter(failures: number, limit: ThrottleLimit): number {
  if (failures < limit.freeFailures) return 0;
  const doublings = failures - limit.freeFailures;
  // 2 ** 30 is already far past any cap; stop there so the number stays finite.
  return Math.min(limit.baseDelaySeconds * 2 ** Math.min(doublings, 30), limit.maxDelaySeconds);
}

export interface ThrottleKey {
  key: string;
  limit: ThrottleLimit;
}

/** The counters of an attempt from a browser with no device cookie for the account. */
export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  return [{ key: `email:${email}`, limit: accountLimit }, ...(ip ? [{ key: `ip:${clientKey(ip)}`, limit: clientLimit }] : [])];
}

/** The counter of one trusted browser of one account: it gets an account's allowance of its own. */
export function deviceThrottleKey(userId: string, nonce: string): ThrottleKey {
  return { key: `device:${userId}:${nonce}`, limit: accountLimit };
}

/** The counter of current-password checks by a signed-in user (changing the password). */
export function passwordCheckKey(userId: string): ThrottleKey {
  return { key: `reauth:${userId}`, limit: accountLimit };
}

/** Seconds until every key may try again; 0 when none is blocked. */
export async function secondsBlocked(tx: Prisma.TransactionClient, keys: ThrottleKey[], now: Date): Promise<number> {
  const rows = await tx.loginThrottle.findMany({
    where: { key: { in: keys.map((entry) => entry.key) } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Count one more failure against every key and block those past their allowance. */
export async function recordFailure(tx: Prisma.TransactionClient, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const { key, limit } of keys) {
    const existing = await tx.loginThrottle.findUnique({ where: { key } });
    const recent = existing && now.getTime() - existing.lastFailedAt.getTime() < limit.forgetAfterSeconds * 1000;
    const failures = recent ? existing.failures + 1 : 1;
    const delay = delayAfter(failures, limit);
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay * 1000) : null;
    await tx.loginThrottle.upsert({
      where: { key },
      create: { key, failures, lastFailedAt: now, blockedUntil },
      update: { failures, lastFailedAt: now, blockedUntil },
    });
  }
  // Counters for addresses nobody uses must not pile up.
  await tx.loginThrottle.deleteMany({
    where: {
      lastFailedAt: { lt: new Date(now.getTime() - accountLimit.forgetAfterSeconds * 1000) },
      OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }],
    },
  });
}

/** Forget these counters' failures after a success. A client address's count is never cleared this way. */
export async function clearKeys(tx: Prisma.TransactionClient, keys: ThrottleKey[]): Promise<void> {
  const cleared = keys.map((entry) => entry.key).filter((key) => !key.startsWith("ip:"));
  if (cleared.length) await tx.loginThrottle.deleteMany({ where: { key: { in: cleared } } });
}

import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { getConfig } from "@/lib/config";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

// How long a back-office session lasts (ASVS 3.3): at most SESSION_MAX_AGE_H after signing in,
// however busy, and SESSION_IDLE_MIN after its last request. The session cookie is a JWT that
// Auth.js renews on every read, and a server component cannot write a cookie at all, so the
// session's activity lives here, one row per signed-in browser, read on every back-office
// request (the same request that already checks the user's session version).

export interface SessionLimits {
  maxAgeMs: number;
  idleMs: number;
}

export interface SessionTimes {
  /** When the session ends without further activity. */
  idleEndsAt: Date;
  /** When it ends in any case. */
  endsAt: Date;
}

export function sessionLimits(): SessionLimits {
  const config = getConfig();
  return { maxAgeMs: config.SESSION_MAX_AGE_H * 60 * 60 * 1000, idleMs: config.SESSION_IDLE_MIN * 60 * 1000 };
}

function duration(ms: number, unit: "minute" | "hour"): string {
  const count = Math.round((ms / (unit === "minute" ? 60_000 : 3_600_000)) * 10) / 10;
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** What the sign-in page says to someone whose session has just ended. */
export function sessionEndedNotice(limits: SessionLimits = sessionLimits()): string {
  return `Your session has ended. Sessions end after ${duration(limits.idleMs, "minute")} without activity, ${duration(limits.maxAgeMs, "hour")} after signing in, and when an administrator changes your account. Sign in again to carry on.`;
}

function hashSessionId(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("hex");
}

function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** Activity is written at most this often; the idle end is therefore exact to within it. */
function touchEveryMs(limits: SessionLimits): number {
  return Math.min(60_000, limits.idleMs / 10);
}

/** Start a session for a user who has just signed in; returns its id, for the session cookie only. */
export async function openSession(tx: Prisma.TransactionClient, userId: string, now: Date, limits: SessionLimits): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  const endsAt = new Date(now.getTime() + limits.maxAgeMs);
  await tx.session.create({
    data: {
      sessionToken: hashSessionId(sessionId),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expires: earlier(endsAt, new Date(now.getTime() + limits.idleMs)),
    },
  });
  // Rows of sessions that have ended are of no use to anyone.
  await tx.session.deleteMany({ where: { expires: { lt: now } } });
  return sessionId;
}

/**
 * Count a request as activity on this session: its times, or null when the session has ended
 * (too old, idle too long, or not this user's), in which case it is removed.
 */
export async function touchSession(
  database: Database,
  userId: string,
  sessionId: string | undefined,
  now: Date = new Date(),
  limits: SessionLimits = sessionLimits(),
): Promise<SessionTimes | null> {
  if (!sessionId) return null;
  const sessionToken = hashSessionId(sessionId);
  const row = await database.session.findUnique({ where: { sessionToken }, select: { userId: true, createdAt: true, lastSeenAt: true } });
  if (!row || row.userId !== userId) return null;
  const endsAt = new Date(row.createdAt.getTime() + limits.maxAgeMs);
  const idleEnd = new Date(row.lastSeenAt.getTime() + limits.idleMs);
  if (now.getTime() >= earlier(endsAt, idleEnd).getTime()) {
    await database.session.deleteMany({ where: { sessionToken } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() < touchEveryMs(limits)) return { idleEndsAt: idleEnd, endsAt };
  const idleEndsAt = new Date(now.getTime() + limits.idleMs);
  await database.session.updateMany({ where: { sessionToken }, data: { lastSeenAt: now, expires: earlier(endsAt, idleEndsAt) } });
  return { idleEndsAt, endsAt };
}

/** End every session of a user (signing out ends them all: decision 0010). */
export async function closeSessions(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.session.deleteMany({ where: { userId } });
}

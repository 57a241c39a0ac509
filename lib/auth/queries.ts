import "server-only";

import type { Database } from "@/lib/db/client";
import { isRecordId } from "@/lib/ids";
import { pseudonym } from "@/lib/keys";

import type { Role } from "./policy";
import { hashToken } from "./tokens";

// Reads for the account pages and the users screen; plain objects, no password hashes.

/** The invite or reset behind a link, if it can still be used. */
export async function findUsableToken(
  db: Database,
  kind: "invite" | "password_reset",
  token: string,
  now: Date = new Date(),
): Promise<{ email: string; role: Role | null; expiresAt: Date } | null> {
  if (token.length < 20 || token.length > 200) return null;
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { kind: true, email: true, role: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt <= now) return null;
  return { email: row.email, role: row.role, expiresAt: row.expiresAt };
}

export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  hasPassword: boolean;
  createdAt: Date;
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  mustChangePassword: true,
  passwordHash: true,
  createdAt: true,
} as const;

function toRow({ deactivatedAt, passwordHash, ...user }: { deactivatedAt: Date | null; passwordHash: string | null } & Omit<UserRow, "active" | "hasPassword">): UserRow {
  return { ...user, active: deactivatedAt === null, hasPassword: passwordHash !== null };
}

/** Every account, active ones first. */
export async function listUsers(db: Database): Promise<UserRow[]> {
  const users = await db.user.findMany({
    orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: userSelect,
  });
  return users.map(toRow);
}

export async function getUser(db: Database, id: string): Promise<UserRow | null> {
  if (!isRecordId(id)) return null;
  const user = await db.user.findUnique({ where: { id }, select: userSelect });
  return user ? toRow(user) : null;
}

export interface PendingInvite {
  email: string;
  role: Role | null;
  expiresAt: Date;
  invitedBy: string | null;
}

export async function listPendingInvites(db: Database, now: Date = new Date()): Promise<PendingInvite[]> {
  const rows = await db.userToken.findMany({
    where: { kind: "invite", usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { email: true, role: true, expiresAt: true, createdBy: { select: { email: true } } },
  });
  return rows.map((row) => ({ email: row.email, role: row.role, expiresAt: row.expiresAt, invitedBy: row.createdBy?.email ?? null }));
}

export interface SignInFailureRow {
  /** What kept failing: an account (by its address, or a pseudonym if it has none), a client address, one trusted browser of an account, or an account's current-password checks. */
  kind: "account" | "unknown-account" | "address" | "browser" | "password-check";
  label: string;
  failures: number;
  lastFailedAt: Date;
  blockedUntil: Date | null;
}

/** Failures the sign-in throttle has counted lately, at least `minFailures` each, most recent first. */
export async function listRepeatedSignInFailures(
  db: Database,
  { now = new Date(), minFailures = 3, limit = 50 }: { now?: Date; minFailures?: number; limit?: number } = {},
): Promise<SignInFailureRow[]> {
  const rows = await db.loginThrottle.findMany({
    where: { failures: { gte: minFailures }, lastFailedAt: { gt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } },
    orderBy: { lastFailedAt: "desc" },
    take: limit,
    select: { key: true, failures: true, lastFailedAt: true, blockedUntil: true },
  });
  const emails = rows.filter((row) => row.key.startsWith("email:")).map((row) => row.key.slice("email:".length));
  const userIds = rows.filter((row) => /^(device|reauth):/.test(row.key)).map((row) => row.key.split(":")[1] ?? "");
  const users = await db.user.findMany({ where: { OR: [{ email: { in: emails } }, { id: { in: userIds } }] }, select: { id: true, email: true } });
  const known = new Set(users.map((user) => user.email));
  const emailOf = new Map(users.map((user) => [user.id, user.email]));
  return rows.map(({ key, failures, lastFailedAt, blockedUntil }) => {
    const colon = key.indexOf(":");
    const prefix = key.slice(0, colon);
    const rest = key.slice(colon + 1);
    const base = { failures, lastFailedAt, blockedUntil: blockedUntil && blockedUntil > now ? blockedUntil : null };
    if (prefix === "email") {
      // Addresses without an account are whatever a guesser typed: shown as a pseudonym.
      return known.has(rest) ? { kind: "account", label: rest, ...base } : { kind: "unknown-account", label: pseudonym(`account:${rest}`), ...base };
    }
    if (prefix === "ip") return { kind: "address", label: rest, ...base };
    const account = emailOf.get(rest.split(":")[0] ?? "") ?? "a removed account";
    return { kind: prefix === "device" ? "browser" : "password-check", label: account, ...base };
  });
}

/** Whether the account with this (normalised) address must choose a new password first. */
export async function mustChangePassword(db: Database, email: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email }, select: { mustChangePassword: true } });
  return user?.mustChangePassword ?? false;
}

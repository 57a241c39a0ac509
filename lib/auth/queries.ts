import "server-only";

import type { Database } from "@/lib/db/client";
import { isRecordId } from "@/lib/ids";

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

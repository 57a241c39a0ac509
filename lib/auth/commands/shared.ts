import "server-only";

import type { Prisma } from "@/lib/db/generated/client";

// Helpers shared by the user-management commands.

// Any constant: user-management changes that could remove the last admin take this lock in
// their transaction, so two admins demoting each other at once cannot leave none.
const USERS_LOCK = 72_616_913_010;

export async function lockUserAdministration(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${USERS_LOCK})`;
}

/** How many active admins there would be without `userId`. */
export async function otherActiveAdmins(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  return tx.user.count({ where: { role: "admin", deactivatedAt: null, id: { not: userId } } });
}

/** What the audit log keeps about a user: never a password hash. */
export function userAuditView(user: { email: string; role: string; deactivatedAt: Date | null; mustChangePassword?: boolean }) {
  return {
    email: user.email,
    role: user.role,
    active: user.deactivatedAt === null,
    ...(user.mustChangePassword === undefined ? {} : { mustChangePassword: user.mustChangePassword }),
  };
}

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 24 * 60 * 60 * 1000;

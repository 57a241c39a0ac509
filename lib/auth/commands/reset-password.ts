import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { authorize, type Principal } from "../authorize";
import { userIdSchema } from "../schema";
import { newToken } from "../tokens";

import { RESET_TTL_MS } from "./shared";

/**
 * Reset a user's password: their sessions end, their current password stops working, and the
 * admin gets a single-use link to give them for choosing a new one.
 */
export async function resetPassword(
  principal: Principal | null,
  input: unknown,
): Promise<Result<{ token: string; email: string; expiresAt: Date }>> {
  const auth = await authorize(principal, "manage:user:any");
  if (!auth.ok) return auth;
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { userId } = parsed.data;

  const now = new Date();
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + RESET_TTL_MS);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, deactivatedAt: true } });
    if (!user) return failure("not_found", "There is no such user.");
    if (user.deactivatedAt) return failure("validation", "Reactivate this account before resetting its password.");
    await tx.userToken.updateMany({
      where: { kind: "password_reset", email: user.email, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.userToken.create({
      data: { kind: "password_reset", tokenHash, email: user.email, createdById: auth.value.id, expiresAt },
    });
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: null, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actor: auth.value,
      action: "user.passwordReset",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, expiresAt: expiresAt.toISOString() },
    });
    return ok({ token, email: user.email, expiresAt });
  });
}

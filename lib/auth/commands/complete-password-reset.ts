import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { hashPassword } from "../password";
import { newPasswordSchema, tokenSchema } from "../schema";
import { hashToken } from "../tokens";

const EXPIRED = "This password reset link has expired or has already been used. Ask an administrator for a new one.";

/** Set a new password through a reset link. Holding the unused, unexpired link is the permission. */
export async function completePasswordReset(input: unknown): Promise<Result<{ email: string }>> {
  const tokenInput = tokenSchema.safeParse(input);
  if (!tokenInput.success) return failure("not_found", EXPIRED);
  const reset = await db.userToken.findUnique({ where: { tokenHash: hashToken(tokenInput.data.token) } });
  const now = new Date();
  if (!reset || reset.kind !== "password_reset" || reset.usedAt || reset.expiresAt <= now) {
    return failure("not_found", EXPIRED);
  }
  const parsed = newPasswordSchema(reset.email).safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);

  return db.$transaction(async (tx) => {
    const claimed = await tx.userToken.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return failure("conflict", EXPIRED);
    const user = await tx.user.findUnique({ where: { email: reset.email }, select: { id: true, deactivatedAt: true } });
    if (!user || user.deactivatedAt) return failure("not_found", EXPIRED);
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actor: { id: user.id, email: reset.email },
      action: "user.passwordChanged",
      entityType: "user",
      entityId: user.id,
      after: { via: "reset link" },
    });
    return ok({ email: reset.email });
  });
}

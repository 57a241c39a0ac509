import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { hashPassword } from "../password";
import { newPasswordSchema, tokenSchema } from "../schema";
import { hashToken } from "../tokens";

const EXPIRED = "This invite link has expired or has already been used. Ask an administrator for a new one.";

/**
 * Create the invited account with the password its owner chose. Needs no session: holding the
 * unused, unexpired invite link is the permission.
 */
export async function acceptInvite(input: unknown): Promise<Result<{ userId: string; email: string }>> {
  const tokenInput = tokenSchema.safeParse(input);
  if (!tokenInput.success) return failure("not_found", EXPIRED);
  const tokenHash = hashToken(tokenInput.data.token);
  const invite = await db.userToken.findUnique({ where: { tokenHash } });
  const now = new Date();
  if (!invite || invite.kind !== "invite" || invite.usedAt || invite.expiresAt <= now) return failure("not_found", EXPIRED);

  const parsed = newPasswordSchema(invite.email).safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);

  return db.$transaction(async (tx) => {
    // Claim the token first: of two simultaneous uses, only one updates the row.
    const claimed = await tx.userToken.updateMany({
      where: { id: invite.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return failure("conflict", EXPIRED);
    if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) {
      return failure("conflict", "An account with this email address already exists. Sign in instead.");
    }
    const user = await tx.user.create({
      data: { email: invite.email, role: invite.role ?? "editor", passwordHash },
      select: { id: true, email: true, role: true },
    });
    await writeAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, role: user.role, via: "invite", inviteId: invite.id },
    });
    return ok({ userId: user.id, email: user.email });
  });
}

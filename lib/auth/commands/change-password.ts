import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { authorize, type Principal } from "../authorize";
import { hashPassword, verifyPassword } from "../password";
import { changePasswordSchema, newPasswordSchema } from "../schema";

/**
 * Change your own password. Every session of the account ends (the caller signs the current
 * browser in again with the new password), and a one-time password stops being one.
 */
export async function changeOwnPassword(principal: Principal | null, input: unknown): Promise<Result<{ email: string }>> {
  const auth = await authorize(principal, "update:user:own");
  if (!auth.ok) return auth;
  const actor = auth.value;
  const current = changePasswordSchema.safeParse(input);
  const next = newPasswordSchema(actor.email).safeParse(input);
  if (!current.success) return validationFailure(current.error);
  if (!next.success) return validationFailure(next.error);

  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, current.data.currentPassword))) {
    return fieldFailure("currentPassword", "Your current password is not right. Check it and try again.");
  }
  if (await verifyPassword(user.passwordHash, next.data.password)) {
    return fieldFailure("password", "Choose a password different from your current one.");
  }
  const passwordHash = await hashPassword(next.data.password);
  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actor,
      action: "user.passwordChanged",
      entityType: "user",
      entityId: actor.id,
      after: { via: "own account" },
    });
    return ok({ email: actor.email });
  });
}

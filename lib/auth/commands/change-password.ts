import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { authorize, type Principal } from "../authorize";
import { hashPassword, verifyPassword } from "../password";
import { changePasswordSchema, newPasswordSchema } from "../schema";
import { clearKeys, passwordCheckKey, recordFailure, secondsBlocked } from "../throttle";

// Any constant: serialises current-password checks for one user, so parallel guesses are
// counted one after another, as sign-in's are.
const LOCK_NAMESPACE = 72_616_914;

/** Whether `password` is the user's current one, with the same throttling as signing in. */
async function checkCurrentPassword(userId: string, password: string, now: Date): Promise<"right" | "wrong" | { waitSeconds: number }> {
  const key = passwordCheckKey(userId);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext(${userId}))`;
      const wait = await secondsBlocked(tx, [key], now);
      if (wait > 0) return { waitSeconds: wait };
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
      if (await verifyPassword(user.passwordHash, password)) {
        await clearKeys(tx, [key]);
        return "right";
      }
      await recordFailure(tx, [key], now);
      return "wrong";
    },
    // Checks of one account queue on its lock, each hashing for a while: a burst of guesses
    // waits its turn for a connection rather than failing with Prisma's default 2 s wait.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

function waitWords(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Change your own password. Every session of the account ends (the caller signs the current
 * browser in again with the new password), and a one-time password stops being one.
 */
export async function changeOwnPassword(principal: Principal | null, input: unknown, now: Date = new Date()): Promise<Result<{ email: string }>> {
  const auth = await authorize(principal, "update:user:own");
  if (!auth.ok) return auth;
  const actor = auth.value;
  const current = changePasswordSchema.safeParse(input);
  const next = newPasswordSchema(actor.email).safeParse(input);
  if (!current.success) return validationFailure(current.error);
  if (!next.success) return validationFailure(next.error);

  const check = await checkCurrentPassword(actor.id, current.data.currentPassword, now);
  if (typeof check === "object") {
    return failure("rate_limited", `Too many wrong current passwords. Wait ${waitWords(check.waitSeconds)}, then try again.`);
  }
  if (check === "wrong") return fieldFailure("currentPassword", "Your current password is not right. Check it and try again.");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
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

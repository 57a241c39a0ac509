import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { authorize, type Principal } from "../authorize";
import { userIdSchema } from "../schema";

import { lockUserAdministration, otherActiveAdmins, userAuditView } from "./shared";

/** Stop a user from signing in, and end their open sessions at once. */
export async function deactivateUser(principal: Principal | null, input: unknown): Promise<Result<{ userId: string }>> {
  const auth = await authorize(principal, "manage:user:any");
  if (!auth.ok) return auth;
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { userId } = parsed.data;
  if (userId === auth.value.id) {
    return failure("validation", "You cannot deactivate your own account. Ask another administrator.");
  }

  return db.$transaction(async (tx) => {
    await lockUserAdministration(tx);
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return failure("not_found", "There is no such user.");
    if (user.deactivatedAt) return ok({ userId });
    if (user.role === "admin" && (await otherActiveAdmins(tx, userId)) === 0) {
      return failure("validation", "This is the last administrator, who cannot be deactivated.");
    }
    const updated = await tx.user.update({
      where: { id: userId },
      data: { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actor: auth.value,
      action: "user.deactivated",
      entityType: "user",
      entityId: userId,
      before: userAuditView(user),
      after: userAuditView(updated),
    });
    return ok({ userId });
  });
}

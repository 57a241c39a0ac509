import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { authorize, type Principal } from "../authorize";
import { changeRoleSchema } from "../schema";

import { lockUserAdministration, otherActiveAdmins, userAuditView } from "./shared";

/** Make a user an admin or an editor. Ends their sessions, so the new role applies at once. */
export async function changeRole(principal: Principal | null, input: unknown): Promise<Result<{ userId: string }>> {
  const auth = await authorize(principal, "manage:user:any");
  if (!auth.ok) return auth;
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { userId, role } = parsed.data;

  return db.$transaction(async (tx) => {
    await lockUserAdministration(tx);
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return failure("not_found", "There is no such user.");
    if (user.role === role) return ok({ userId });
    if (user.role === "admin" && !user.deactivatedAt && (await otherActiveAdmins(tx, userId)) === 0) {
      return failure("validation", "This is the last administrator. Make someone else an administrator first.", {
        fieldErrors: { role: ["The last administrator must stay an administrator."] },
      });
    }
    const updated = await tx.user.update({
      where: { id: userId },
      data: { role, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actor: auth.value,
      action: "user.roleChanged",
      entityType: "user",
      entityId: userId,
      before: userAuditView(user),
      after: userAuditView(updated),
    });
    return ok({ userId });
  });
}

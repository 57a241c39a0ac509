import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { authorize, type Principal } from "../authorize";
import { userIdSchema } from "../schema";

import { userAuditView } from "./shared";

/** Let a deactivated user sign in again, with the password they had. */
export async function reactivateUser(principal: Principal | null, input: unknown): Promise<Result<{ userId: string }>> {
  const auth = await authorize(principal, "manage:user:any");
  if (!auth.ok) return auth;
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { userId } = parsed.data;

  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return failure("not_found", "There is no such user.");
    if (!user.deactivatedAt) return ok({ userId });
    const updated = await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
    await writeAudit(tx, {
      actor: auth.value,
      action: "user.reactivated",
      entityType: "user",
      entityId: userId,
      before: userAuditView(user),
      after: userAuditView(updated),
    });
    return ok({ userId });
  });
}

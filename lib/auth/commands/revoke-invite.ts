import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { authorize, type Principal } from "../authorize";
import { revokeInviteSchema } from "../schema";

/** Withdraw the open invitation to an address: its link stops working at once. */
export async function revokeInvite(principal: Principal | null, input: unknown): Promise<Result<{ email: string }>> {
  const auth = await authorize(principal, "manage:user:any");
  if (!auth.ok) return auth;
  const parsed = revokeInviteSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { email } = parsed.data;

  const now = new Date();
  return db.$transaction(async (tx) => {
    const revoked = await tx.userToken.updateMany({
      where: { kind: "invite", email, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    if (revoked.count === 0) return failure("not_found", `There is no open invitation for ${email}: it was used, revoked or has expired.`);
    await writeAudit(tx, { actor: auth.value, action: "user.inviteRevoked", entityType: "user", entityId: email, before: { email } });
    return ok({ email });
  });
}

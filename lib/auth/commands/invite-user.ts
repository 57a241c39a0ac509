import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { authorize, type Principal } from "../authorize";
import type { Role } from "../policy";
import { inviteSchema } from "../schema";
import { newToken } from "../tokens";

import { INVITE_TTL_MS } from "./shared";

export interface Invitation {
  /** Shown once to the admin as a link; only its hash is stored. */
  token: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

/** Create a single-use invite link for a new editor or admin. Earlier unused invites to the same address stop working. */
export async function inviteUser(principal: Principal | null, input: unknown): Promise<Result<Invitation>> {
  const auth = await authorize(principal, "manage:user:any");
  if (!auth.ok) return auth;
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { email, role } = parsed.data;

  const now = new Date();
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      return failure("validation", "Check the highlighted answer.", {
        fieldErrors: { email: ["Someone with this email address already has an account."] },
      });
    }
    await tx.userToken.updateMany({
      where: { kind: "invite", email, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const created = await tx.userToken.create({
      data: { kind: "invite", tokenHash, email, role, createdById: auth.value.id, expiresAt },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor: auth.value,
      action: "user.invited",
      entityType: "user",
      entityId: email,
      after: { email, role, inviteId: created.id, expiresAt: expiresAt.toISOString() },
    });
    return ok({ token, email, role, expiresAt });
  });
}

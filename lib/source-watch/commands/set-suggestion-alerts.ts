import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { suggestionAlertsSchema } from "../schema";

/** Opt in to (or out of) an e-mail when the source watch suggests something new: one's own setting. */
export async function setSuggestionAlerts(principal: Principal | null, input: unknown): Promise<Result<{ notifyOnSuggestions: boolean }>> {
  const auth = await authorize(principal, "update:user:own");
  if (!auth.ok) return auth;
  const parsed = suggestionAlertsSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { notifyOnSuggestions } = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: auth.value.id }, select: { notifyOnSuggestions: true } });
    await tx.user.update({ where: { id: auth.value.id }, data: { notifyOnSuggestions } });
    await writeAudit(tx, {
      actor: auth.value,
      action: "user.suggestionAlertsChanged",
      entityType: "user",
      entityId: auth.value.id,
      before: { email: auth.value.email, notifyOnSuggestions: before.notifyOnSuggestions },
      after: { email: auth.value.email, notifyOnSuggestions },
    });
    return ok({ notifyOnSuggestions });
  });
}

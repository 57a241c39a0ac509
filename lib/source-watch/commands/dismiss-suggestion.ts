import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { dismissSchema } from "../schema";

import { lockNewSuggestion, suggestionAuditView } from "./decision";

/** Dismiss a suggestion with a reason; it stays in the table, so the item is never suggested again. */
export async function dismissSuggestion(principal: Principal | null, input: unknown): Promise<Result<{ id: string }>> {
  const auth = await authorize(principal, "record:statusEvent:any");
  if (!auth.ok) return auth;
  const parsed = dismissSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  return db.$transaction(async (tx) => {
    const locked = await lockNewSuggestion(tx, parsed.data.suggestionId);
    if (!locked.ok) return locked;
    const dismissed = await tx.suggestion.update({
      where: { id: locked.suggestion.id },
      data: { state: "dismissed", dismissReason: parsed.data.reason, decidedById: auth.value.id, decidedAt: new Date() },
    });
    await writeAudit(tx, {
      actor: auth.value,
      action: "suggestion.dismissed",
      entityType: "suggestion",
      entityId: dismissed.id,
      before: suggestionAuditView(locked.suggestion),
      after: suggestionAuditView(dismissed),
    });
    return ok({ id: dismissed.id });
  });
}

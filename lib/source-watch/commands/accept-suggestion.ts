import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { recordParsedEvent } from "@/lib/legislation/commands/record-status-event";
import type { Changed } from "@/lib/legislation/commands/shared";
import { statusEventSchemaFor } from "@/lib/legislation/schema";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { suggestionIdSchema } from "../schema";

import { lockNewSuggestion, suggestionAuditView } from "./decision";

/**
 * Accept a suggestion: record the step from the (prefilled, perhaps edited) event form through
 * the same transaction as any recorded step (audit row, stage, live notice, alerts), and mark
 * the suggestion accepted with its own audit row, all or nothing.
 */
export async function acceptSuggestion(principal: Principal | null, input: unknown): Promise<Result<Changed & { eventId: string; billId: string }>> {
  const auth = await authorize(principal, "record:statusEvent:any");
  if (!auth.ok) return auth;
  const target = suggestionIdSchema.safeParse(input);
  if (!target.success) return failure("not_found", "This suggestion no longer exists.");
  const found = await db.suggestion.findUnique({ where: { id: target.data.suggestionId }, select: { kind: true, bill: { select: { id: true, jurisdiction: true, numbers: true } } } });
  if (!found) return failure("not_found", "This suggestion no longer exists.");
  if (found.kind !== "status_event") return failure("validation", "This suggestion is a new text version, not a step: accept it from its page, which imports the text.");
  const { bill } = found;
  // The form names the bill too; the suggestion's own bill is the one that counts.
  const parsed = statusEventSchemaFor(bill.jurisdiction, bill).safeParse({ ...(input as object), billId: bill.id });
  if (!parsed.success) return validationFailure(parsed.error);

  return db.$transaction(async (tx) => {
    const locked = await lockNewSuggestion(tx, target.data.suggestionId);
    if (!locked.ok) return locked;
    const recorded = await recordParsedEvent(tx, auth.value, bill.id, bill.jurisdiction, parsed.data);
    if (!recorded.ok) return recorded;
    const accepted = await tx.suggestion.update({
      where: { id: locked.suggestion.id },
      data: { state: "accepted", eventId: recorded.value.eventId, decidedById: auth.value.id, decidedAt: new Date() },
    });
    await writeAudit(tx, {
      actor: auth.value,
      action: "suggestion.accepted",
      entityType: "suggestion",
      entityId: accepted.id,
      before: suggestionAuditView(locked.suggestion),
      after: suggestionAuditView(accepted),
    });
    return ok({ eventId: recorded.value.eventId, billId: bill.id, revalidate: recorded.value.revalidate });
  });
}

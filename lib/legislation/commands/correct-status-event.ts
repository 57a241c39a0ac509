import "server-only";

import { z } from "zod";

import { enqueueStatusChange } from "@/lib/alerts/enqueue";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { textCitationProblem } from "@/lib/bill-text/citation-check";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { correctionNoteSchema, idField, statusEventFieldNames, statusEventSchemaFor } from "../schema";

import { checkRelatedBill, checkStageOrder, eventColumns } from "./event-input";
import { announce, eventAuditView, isUniqueViolation, lockBill, rederiveStage, visibilityOf, type Changed } from "./shared";

const eventIdSchema = z.object({ eventId: idField });

const ALREADY_CORRECTED = "Someone has already corrected or retracted this event. Reload the history to see the latest.";

/**
 * Correct a status event openly: a new event that supersedes it. The old one stays in the
 * history, marked as corrected, and the note says what changed.
 */
export async function correctStatusEvent(
  principal: Principal | null,
  input: unknown,
): Promise<Result<Changed & { eventId: string }>> {
  const auth = await authorize(principal, "correct:statusEvent:any");
  if (!auth.ok) return auth;
  const target = eventIdSchema.safeParse(input);
  if (!target.success) return failure("not_found", "This status event no longer exists.");
  const original = await db.statusEvent.findUnique({
    where: { id: target.data.eventId },
    include: { bill: true, correctedBy: { select: { id: true } } },
  });
  if (!original) return failure("not_found", "This status event no longer exists.");
  const { bill } = original;
  // The note is required here: the correction's note replaces the event's optional one.
  const note = correctionNoteSchema.safeParse(input);
  const parsed = statusEventSchemaFor(bill.jurisdiction, bill).safeParse(input);
  if (!parsed.success || !note.success) {
    return validationFailure(new z.ZodError([...(parsed.error?.issues ?? []), ...(note.error?.issues ?? [])]), statusEventFieldNames(input));
  }
  const fields = { ...parsed.data, note: note.data.note };
  if (original.retractedAt || original.correctedBy) return failure("conflict", ALREADY_CORRECTED);

  try {
    return await db.$transaction(async (tx) => {
      // Under the bill's lock, a retraction or correction committed meanwhile is seen here.
      if (!(await lockBill(tx, bill.id))) return failure("not_found", "This status event no longer exists.");
      const still = await tx.statusEvent.findUnique({ where: { id: original.id }, select: { retractedAt: true, correctedBy: { select: { id: true } } } });
      if (!still) return failure("not_found", "This status event no longer exists.");
      if (still.retractedAt || still.correctedBy) return failure("conflict", ALREADY_CORRECTED);
      const refused =
        (await textCitationProblem(tx, bill.id, fields)) ?? (await checkRelatedBill(tx, bill.id, fields)) ?? (await checkStageOrder(tx, bill, fields, original.id));
      if (refused) return refused;
      // correctsId is unique too, should anything write corrections without the lock.
      const correction = await tx.statusEvent.create({
        data: { ...eventColumns(fields), billId: bill.id, correctsId: original.id, recordedById: auth.value.id },
      });
      await rederiveStage(tx, bill);
      const auditId = await writeAudit(tx, {
        actor: auth.value,
        action: "statusEvent.corrected",
        entityType: "statusEvent",
        entityId: correction.id,
        before: eventAuditView(original),
        after: eventAuditView(correction),
      });
      const revalidate = await announce(
        tx,
        { kind: "bill", before: visibilityOf(bill), after: visibilityOf(bill) },
        { kind: "statusEvent.corrected", auditId, slug: bill.slug, eventId: correction.id },
      );
      await enqueueStatusChange(tx, { billId: bill.id, slug: bill.slug, eventId: correction.id, kind: "statusEvent.corrected" });
      return ok({ eventId: correction.id, revalidate });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failure("conflict", ALREADY_CORRECTED);
    throw error;
  }
}

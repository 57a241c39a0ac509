import "server-only";

import { z } from "zod";

import { enqueueStatusChange } from "@/lib/alerts/enqueue";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Actor, type Principal } from "@/lib/auth/authorize";
import { textCitationProblem } from "@/lib/bill-text/citation-check";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { idField, statusEventFieldNames, statusEventSchemaFor, type StatusEventFields } from "../schema";

import { checkDuplicate, checkRelatedBill, checkStageOrder, eventColumns } from "./event-input";
import { announce, eventAuditView, LEGISLATURE_CHANGED, lockBill, rederiveStage, visibilityOf, type Changed } from "./shared";

const billIdSchema = z.object({ billId: idField });

/**
 * Record a step in a bill's history, with its source; the bill's current stage follows. Hands
 * back the audit row's id too: it is the change's id on the live stream.
 */
export async function recordStatusEvent(
  principal: Principal | null,
  input: unknown,
): Promise<Result<Changed & { eventId: string; auditId: number }>> {
  const auth = await authorize(principal, "record:statusEvent:any");
  if (!auth.ok) return auth;
  const target = billIdSchema.safeParse(input);
  if (!target.success) return failure("not_found", "This bill no longer exists.");
  const loaded = await db.bill.findUnique({ where: { id: target.data.billId }, select: { jurisdiction: true, numbers: true } });
  if (!loaded) return failure("not_found", "This bill no longer exists.");
  const parsed = statusEventSchemaFor(loaded.jurisdiction, loaded).safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error, statusEventFieldNames(input));

  return db.$transaction((tx) => recordParsedEvent(tx, auth.value, target.data.billId, loaded.jurisdiction, parsed.data));
}

/**
 * The transaction's part of recording a step, for commands that record one as part of a larger
 * change (accepting a source-watch suggestion): the caller has authorised and validated.
 */
export async function recordParsedEvent(
  tx: Prisma.TransactionClient,
  actor: Actor,
  billId: string,
  jurisdiction: string,
  fields: StatusEventFields,
): Promise<Result<Changed & { eventId: string; auditId: number }>> {
  const bill = await lockBill(tx, billId);
  if (!bill) return failure("not_found", "This bill no longer exists.");
  if (bill.jurisdiction !== jurisdiction) return failure("conflict", LEGISLATURE_CHANGED);
  const refused =
    (await textCitationProblem(tx, bill.id, fields)) ??
    (await checkRelatedBill(tx, bill.id, fields)) ??
    (await checkDuplicate(tx, bill.id, fields)) ??
    (await checkStageOrder(tx, bill, fields, null));
  if (refused) return refused;
  const event = await tx.statusEvent.create({
    data: { ...eventColumns(fields), billId: bill.id, recordedById: actor.id },
  });
  await rederiveStage(tx, bill);
  const auditId = await writeAudit(tx, {
    actor,
    action: "statusEvent.recorded",
    entityType: "statusEvent",
    entityId: event.id,
    after: eventAuditView(event),
  });
  const revalidate = await announce(
    tx,
    { kind: "bill", before: visibilityOf(bill), after: visibilityOf(bill) },
    { kind: "statusEvent.recorded", auditId, slug: bill.slug, eventId: event.id },
  );
  // Alerts and webhooks go out through the outbox, committed with the change or not at all.
  await enqueueStatusChange(tx, { billId: bill.id, slug: bill.slug, eventId: event.id, kind: "statusEvent.recorded" });
  return ok({ eventId: event.id, auditId, revalidate });
}

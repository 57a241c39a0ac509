import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { failure, type CommandError } from "@/lib/result";

import { effectiveOf } from "../effective";
import { modelEventSelect, toModelEvent } from "../model-events";
import { modelOf } from "../process";
import { orderProblem } from "../process/order";
import type { StatusEventFields } from "../schema";
import { parseDay } from "../dates";

type Tx = Prisma.TransactionClient;

/** The columns of a status event from its validated fields. */
export function eventColumns(fields: StatusEventFields) {
  const { confirmOutOfOrder: _confirm, occurredOn, ...rest } = fields;
  const day = parseDay(occurredOn);
  if (!day) throw new Error(`occurredOn passed validation but is not a day: ${occurredOn}`);
  return { ...rest, occurredOn: day };
}

/** A related bill (a reintroduction's new bill) must exist and be another bill. */
export async function checkRelatedBill(tx: Tx, billId: string, fields: StatusEventFields): Promise<{ ok: false; error: CommandError } | null> {
  if (!fields.relatedBillId) return null;
  const related = fields.relatedBillId !== billId ? await tx.bill.findUnique({ where: { id: fields.relatedBillId }, select: { id: true } }) : null;
  return related ? null : failure("validation", "Check the highlighted answer.", { fieldErrors: { relatedBillId: ["Choose another bill from the list, or none."] } });
}

/**
 * Refuse, unless confirmed, a step that does not fit the history (ignoring the event being
 * corrected, if any): see lib/legislation/process/order.ts. The form shows a confirmation box
 * when it sees this field error.
 */
export async function checkStageOrder(
  tx: Tx,
  bill: { id: string; jurisdiction: string },
  fields: StatusEventFields,
  replacing: string | null,
): Promise<{ ok: false; error: CommandError } | null> {
  if (fields.confirmOutOfOrder) return null;
  const events = await tx.statusEvent.findMany({
    where: { billId: bill.id, ...(replacing ? { id: { not: replacing } } : {}) },
    select: modelEventSelect,
  });
  const problem = orderProblem(modelOf(bill.jurisdiction), effectiveOf(events).map(toModelEvent), fields);
  if (!problem) return null;
  return failure("validation", "This step looks out of order. Check it, and confirm it if it is right.", {
    fieldErrors: { confirmOutOfOrder: [problem.message] },
  });
}

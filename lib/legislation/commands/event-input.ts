import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { failure, type CommandError } from "@/lib/result";

import { effectiveOf } from "../effective";
import { modelEventSelect, toModelEvent } from "../model-events";
import { modelOf } from "../process";
import { orderProblem } from "../process/order";
import type { StatusEventFields } from "../schema";
import { formatDay, parseDay } from "../dates";

type Tx = Prisma.TransactionClient;

/** The columns of a status event from its validated fields. */
export function eventColumns(fields: StatusEventFields) {
  const { confirmOutOfOrder: _confirm, confirmDuplicate: _duplicate, occurredOn, ...rest } = fields;
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

const sameWords = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Ask, unless confirmed, before recording what looks like an entry already in the history: the
 * same date, step and description as an effective event of the bill. Two real events can look
 * alike (two referrals on one day), so it is a question, not a refusal.
 */
export async function checkDuplicate(tx: Tx, billId: string, fields: StatusEventFields): Promise<{ ok: false; error: CommandError } | null> {
  if (fields.confirmDuplicate) return null;
  const day = parseDay(fields.occurredOn);
  if (!day) return null;
  const candidates = await tx.statusEvent.findMany({
    where: { billId, occurredOn: day, path: fields.path, stage: fields.stage },
    select: { id: true, correctsId: true, retractedAt: true, description: true },
  });
  const twin = effectiveOf(candidates).find((event) => sameWords(event.description) === sameWords(fields.description));
  if (!twin) return null;
  return failure("validation", "This looks like an entry already in the history. Check it, and confirm it if it is a second event.", {
    fieldErrors: { confirmDuplicate: [`This looks like the event of ${formatDay(day)} already in the history, with the same step and description. Record it anyway?`] },
  });
}

import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { failure, type CommandError } from "@/lib/result";

import { formatDay, parseDay } from "../dates";
import type { StatusEventFields } from "../schema";
import { stageOrderProblem } from "../stage-order";
import type { JurisdictionCode } from "../stages";

type Tx = Prisma.TransactionClient;

/** The columns of a status event from its validated fields. */
export function eventColumns(fields: StatusEventFields) {
  const { confirmOutOfOrder: _confirm, occurredOn, ...rest } = fields;
  const day = parseDay(occurredOn);
  if (!day) throw new Error(`occurredOn passed validation but is not a day: ${occurredOn}`);
  return { ...rest, occurredOn: day };
}

/**
 * Refuse, unless confirmed, a stage that comes before the bill's current one or is dated before
 * an earlier step (ignoring the event being corrected, if any). The form shows a confirmation
 * box when it sees this field error.
 */
export async function checkStageOrder(
  tx: Tx,
  bill: { id: string; jurisdiction: JurisdictionCode },
  fields: StatusEventFields,
  replacing: string | null,
): Promise<{ ok: false; error: CommandError } | null> {
  if (fields.confirmOutOfOrder) return null;
  const events = await tx.statusEvent.findMany({
    where: { billId: bill.id, ...(replacing ? { id: { not: replacing } } : {}) },
    select: { id: true, stage: true, occurredOn: true, createdAt: true, retractedAt: true, correctsId: true },
  });
  const corrected = new Set(events.flatMap((event) => (event.correctsId ? [event.correctsId] : [])));
  const problem = stageOrderProblem(
    bill.jurisdiction,
    events.map((event) => ({ ...event, superseded: corrected.has(event.id) })),
    fields.stage,
    eventColumns(fields).occurredOn,
  );
  if (!problem) return null;
  const explanation =
    problem.kind === "behind"
      ? `The bill is already at "${problem.current.label}". Tick the box to record an earlier stage anyway, for example a companion bill's step in the other chamber.`
      : `This is dated before "${problem.step.label}" (${formatDay(problem.occurredOn)}), which comes earlier in the process. Check the date, or tick the box if it is right.`;
  return failure("validation", "This stage looks out of order. Check it, and confirm it if it is right.", {
    fieldErrors: { confirmOutOfOrder: [explanation] },
  });
}

import type { Database } from "@/lib/db/client";
import { deriveBillStage } from "@/lib/legislation/bill-stage";
import { modelEventSelect } from "@/lib/legislation/model-events";
import { parseDay } from "@/lib/legislation/dates";
import { notifyChange } from "@/lib/live/notify";

import { enqueueStatusChange } from "../enqueue";

// Test stand-in for the back office's status commands (another branch): records, corrects or
// retracts a status event the way those commands must, in ONE transaction with the derived
// stage, the audit row, the change notice and the outbox rows. `failAfterEnqueue` rolls the
// whole transaction back after the outbox rows were written, as a failing command would.

export type StatusChangeInput =
  | { kind: "recorded"; billId: string; path?: string; stage: string; occurredOn: string; description: string; vote?: string }
  | { kind: "corrected"; eventId: string; path?: string; stage: string; occurredOn: string; description: string }
  | { kind: "retracted"; eventId: string; reason: string };

export class RolledBack extends Error {}

export async function recordStatusChange(
  db: Database,
  input: StatusChangeInput,
  options: { failAfterEnqueue?: boolean; now?: Date } = {},
): Promise<{ eventId: string; emails: number; webhooks: number }> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    let billId: string;
    let eventId: string;
    if (input.kind === "retracted") {
      const event = await tx.statusEvent.update({
        where: { id: input.eventId },
        data: { retractedAt: now, retractionReason: input.reason },
        select: { id: true, billId: true },
      });
      billId = event.billId;
      eventId = event.id;
    } else {
      const corrected = input.kind === "corrected" ? await tx.statusEvent.findUniqueOrThrow({ where: { id: input.eventId } }) : null;
      billId = input.kind === "recorded" ? input.billId : corrected!.billId; // corrected is loaded for every correction
      const occurredOn = parseDay(input.occurredOn);
      if (!occurredOn) throw new Error(`Not a calendar day: ${input.occurredOn}`);
      const created = await tx.statusEvent.create({
        data: {
          billId,
          path: input.path ?? "senate",
          stage: input.stage,
          occurredOn,
          description: input.description,
          vote: input.kind === "recorded" ? (input.vote ?? null) : null,
          sourceUrl: "https://www.congress.gov/",
          sourceKind: "official",
          correctsId: corrected?.id ?? null,
          createdAt: now,
        },
      });
      eventId = created.id;
    }
    const bill = await tx.bill.findUniqueOrThrow({ where: { id: billId } });
    const events = await tx.statusEvent.findMany({ where: { billId }, select: modelEventSelect });
    await tx.bill.update({ where: { id: billId }, data: deriveBillStage(bill, events) });
    const action = `statusEvent.${input.kind}` as const;
    const audit = await tx.auditLog.create({ data: { action, entityType: "statusEvent", entityId: eventId, after: { billId } } });
    await notifyChange(tx, { kind: action, slug: bill.slug, eventId, auditId: audit.id });
    const queued = await enqueueStatusChange(tx, { billId, slug: bill.slug, eventId, kind: action }, now);
    if (options.failAfterEnqueue) throw new RolledBack("the command failed after queuing its deliveries");
    return { eventId, ...queued };
  });
}

import "server-only";

import { db } from "@/lib/db/client";
import { deriveBillStage } from "@/lib/legislation/bill-stage";
import { parseDay, toDay } from "@/lib/legislation/dates";

import { notifyChange } from "../notify";

// Stands in for the back office's "record a status event" command until that command exists
// (issue 5), for the live tests and the benchmark: the same transaction shape a command has
// (the change, its audit row, the notice), without authorisation or form validation. Test and
// benchmark code only; the route that exposes it is off unless ENABLE_TEST_ROUTES is set.

export interface SimulatedEvent {
  slug: string;
  description: string;
  /** Defaults to the bill's current stage, so only the history and latest event change. */
  stage?: string;
  /** YYYY-MM-DD; defaults to today (UTC). */
  occurredOn?: string;
  /** Throw after notifying, inside the transaction: nothing must be committed or delivered. */
  failAfterNotify?: boolean;
  /** Keep the transaction open this long before committing: a request surely in flight. */
  holdMs?: number;
}

export class SimulatedFailure extends Error {}

/** Record a status event as a command would; null when no bill has that slug. */
export async function recordSimulatedEvent(input: SimulatedEvent): Promise<{ auditId: number; eventId: string } | null> {
  return db.$transaction(async (tx) => {
    const bill = await tx.bill.findUnique({ where: { slug: input.slug }, select: { id: true, slug: true, jurisdiction: true, currentStage: true } });
    if (!bill) return null;
    const occurredOn = parseDay(input.occurredOn ?? toDay(new Date())) ?? new Date();
    const event = await tx.statusEvent.create({
      data: {
        billId: bill.id,
        stage: input.stage ?? bill.currentStage ?? (bill.jurisdiction === "us" ? "introduced" : "first_house_first_reading"),
        occurredOn,
        description: input.description,
        sourceUrl: "https://example.org/simulated-source",
        sourceKind: "official",
      },
    });
    const events = await tx.statusEvent.findMany({
      where: { billId: bill.id },
      select: { id: true, stage: true, occurredOn: true, createdAt: true, retractedAt: true, correctsId: true },
    });
    await tx.bill.update({ where: { id: bill.id }, data: deriveBillStage(bill.jurisdiction, events) });
    const audit = await tx.auditLog.create({
      data: {
        actorEmail: "simulated-command@test.invalid",
        action: "statusEvent.recorded",
        entityType: "StatusEvent",
        entityId: event.id,
        after: { billId: bill.id, stage: event.stage, occurredOn: toDay(event.occurredOn), description: event.description },
      },
    });
    await notifyChange(tx, { kind: "statusEvent.recorded", slug: bill.slug, eventId: event.id, auditId: audit.id });
    if (input.failAfterNotify) throw new SimulatedFailure("Simulated failure after notifying");
    if (input.holdMs) await tx.$executeRaw`SELECT pg_sleep(${input.holdMs / 1000})`;
    return { auditId: audit.id, eventId: event.id };
  });
}

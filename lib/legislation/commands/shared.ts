import "server-only";

import type { Actor } from "@/lib/auth/authorize";
import type { Bill, Prisma, StatusEvent } from "@/lib/db/generated/client";
import { notifyChange } from "@/lib/live/notify";

import { deriveBillStage } from "../bill-stage";
import { modelEventSelect } from "../model-events";
import { toDay } from "../dates";
import { tagsToExpire, type BillVisibility, type ContentChange } from "../revalidation";
import { billSnapshot, type BillSnapshot } from "../snapshot";

// Steps every legislation command shares: revisions, stage re-derivation, the change notice,
// and the details of a version conflict.

type Tx = Prisma.TransactionClient;

/** What a successful content change hands back: where it landed and which cache tags to expire. */
export interface Changed {
  revalidate: string[];
}

export function visibilityOf(bill: Pick<Bill, "slug" | "state">): BillVisibility {
  return { slug: bill.slug, state: bill.state };
}

/** Keep a snapshot of the bill at its current version. */
export async function saveRevision(tx: Tx, bill: Bill, actor: Actor): Promise<void> {
  await tx.billRevision.create({
    data: { billId: bill.id, version: bill.version, snapshot: billSnapshot(bill), createdById: actor.id },
  });
}

/**
 * Lock the bill's row until the transaction ends, then read it as it is now (null if it is
 * gone). Every command that changes a bill or its history takes this lock first, so they run
 * one after another per bill: a command re-deriving the stage sees every event committed
 * before it, and checks such as "not already retracted" cannot be passed by two at once.
 * FOR NO KEY UPDATE leaves foreign-key checks (a new key date, say) unblocked.
 */
export async function lockBill(tx: Tx, id: string): Promise<Bill | null> {
  await tx.$queryRaw`SELECT 1 FROM "Bill" WHERE "id" = ${id} FOR NO KEY UPDATE`;
  return tx.bill.findUnique({ where: { id } });
}

/** Recompute the bill's denormalised status after a change to its history (under lockBill). */
export async function rederiveStage(tx: Tx, bill: Pick<Bill, "id" | "jurisdiction" | "numbers" | "region" | "session">): Promise<void> {
  const events = await tx.statusEvent.findMany({ where: { billId: bill.id }, select: modelEventSelect });
  await tx.bill.update({ where: { id: bill.id }, data: deriveBillStage(bill, events) });
}

/**
 * Work out which public caches the change touches and, if any, announce it to every instance
 * (delivered only if the transaction commits). Drafts are never announced: the live stream is
 * public.
 */
export async function announce(
  tx: Tx,
  change: ContentChange,
  notice: { kind: string; auditId: number; slug?: string; previousSlug?: string; eventId?: string },
): Promise<string[]> {
  const revalidate = tagsToExpire(change);
  if (revalidate.length > 0) await notifyChange(tx, notice);
  return revalidate;
}

/** A status event as the audit log keeps it. */
export function eventAuditView(event: StatusEvent) {
  return {
    billId: event.billId,
    path: event.path,
    stage: event.stage,
    occurredOn: toDay(event.occurredOn),
    chamber: event.chamber,
    billNumber: event.billNumber,
    attemptFailed: event.attemptFailed,
    body: event.body,
    subject: event.subject,
    provisions: event.provisions,
    relatedBillId: event.relatedBillId,
    description: event.description,
    vote: event.vote,
    sourceUrl: event.sourceUrl,
    sourceKind: event.sourceKind,
    archiveUrl: event.archiveUrl,
    note: event.note,
    textVersionCode: event.textVersionCode,
    textSection: event.textSection,
    correctsId: event.correctsId,
    retractedAt: event.retractedAt?.toISOString() ?? null,
    retractionReason: event.retractionReason,
  };
}

/** Someone saved the bill after you loaded it: their version, the one you started from, and who. */
export interface BillConflict {
  currentVersion: number;
  theirs: BillSnapshot;
  /** The version your form was loaded at; null if its revision is gone. */
  base: BillSnapshot | null;
  changedBy: string | null;
  changedAt: string | null;
}

export async function billConflict(tx: Tx, bill: Bill, baseVersion: number): Promise<BillConflict> {
  const [base, latest] = await Promise.all([
    tx.billRevision.findUnique({ where: { billId_version: { billId: bill.id, version: baseVersion } }, select: { snapshot: true } }),
    tx.billRevision.findFirst({
      where: { billId: bill.id },
      orderBy: { version: "desc" },
      select: { createdAt: true, createdBy: { select: { email: true } } },
    }),
  ]);
  return {
    currentVersion: bill.version,
    theirs: billSnapshot(bill),
    base: (base?.snapshot as BillSnapshot | undefined) ?? null,
    changedBy: latest?.createdBy?.email ?? null,
    changedAt: latest?.createdAt.toISOString() ?? null,
  };
}

export const LEGISLATURE_CHANGED = "Someone moved this bill to another legislature while you were recording. Reload the bill and record the step again.";

export const CONFLICT_MESSAGE =
  "Someone else saved this bill after you opened it. Compare their changes with yours below, then save again.";

/** Whether a Prisma error is a unique-constraint violation (code P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

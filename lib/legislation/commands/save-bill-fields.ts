import "server-only";

import { writeAudit } from "@/lib/audit/write";
import type { Actor } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/db/generated/client";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";

import { parseDay } from "../dates";
import { modelOf, termEndsAt } from "../process";
import { regionProblem, type BillFields } from "../schema";
import { billSnapshot } from "../snapshot";

import { announce, billConflict, CONFLICT_MESSAGE, visibilityOf, type BillConflict, type Changed } from "./shared";
import { lockBill, saveRevision } from "./shared";

type Tx = Prisma.TransactionClient;

export interface BillSaved extends Changed {
  id: string;
  slug: string;
  version: number;
  /** False when the form held no change, so nothing was written. */
  changed: boolean;
}

/** The columns a bill's editable fields are stored in: a region only where the legislature has them. */
export function billColumns(fields: BillFields) {
  return {
    ...fields,
    region: modelOf(fields.jurisdiction).region ? fields.region : null,
    verifiedOn: fields.verifiedOn ? parseDay(fields.verifiedOn) : null,
    termEndsAt: termEndsAt(fields.jurisdiction, fields.session),
  };
}

export const SLUG_TAKEN = "Another bill already uses this address. Choose a different one.";

/**
 * Save a bill's fields over the version the editor loaded: refused with a `conflict` (and what
 * changed meanwhile) if anyone saved since. Writes the new version, its revision, the audit
 * row and the change notice. Shared by updateBill and restoreRevision.
 */
export async function saveBillFields(
  tx: Tx,
  options: { actor: Actor; id: string; version: number; fields: BillFields; action: string; auditNote?: Prisma.InputJsonObject },
): Promise<Result<BillSaved, BillConflict>> {
  const { actor, id, version, fields } = options;
  const current = await lockBill(tx, id);
  if (!current) return failure("not_found", "This bill no longer exists. It may have been deleted.");
  if (current.version !== version) {
    return failure("conflict", CONFLICT_MESSAGE, { details: await billConflict(tx, current, version) });
  }
  if (fields.jurisdiction !== current.jurisdiction && (await tx.statusEvent.count({ where: { billId: id } })) > 0) {
    return fieldFailure(
      "jurisdiction",
      "This bill already has a status history in its legislature. Retracting events does not remove them: create a new bill instead.",
    );
  }
  const region = regionProblem(fields);
  if (region) return fieldFailure("region", region);
  if (fields.slug !== current.slug && (await tx.bill.findUnique({ where: { slug: fields.slug }, select: { id: true } }))) {
    return fieldFailure("slug", SLUG_TAKEN);
  }

  const before = billSnapshot(current);
  const columns = billColumns(fields);
  if (JSON.stringify(billSnapshot({ ...current, ...columns })) === JSON.stringify(before)) {
    return ok({ id, slug: current.slug, version: current.version, changed: false, revalidate: [] });
  }

  // Under the lock the version cannot have moved; the check stays in the statement anyway.
  const written = await tx.bill.updateMany({ where: { id, version }, data: { ...columns, version: { increment: 1 } } });
  if (written.count === 0) {
    const now = await tx.bill.findUniqueOrThrow({ where: { id } });
    return failure("conflict", CONFLICT_MESSAGE, { details: await billConflict(tx, now, version) });
  }
  const bill = await tx.bill.findUniqueOrThrow({ where: { id } });
  await saveRevision(tx, bill, actor);
  const auditId = await writeAudit(tx, {
    actor,
    action: options.action,
    entityType: "bill",
    entityId: id,
    before,
    after: { ...billSnapshot(bill), ...options.auditNote },
  });
  const revalidate = await announce(
    tx,
    { kind: "bill", before: visibilityOf(current), after: visibilityOf(bill) },
    { kind: options.action, auditId, slug: bill.slug, ...(current.slug !== bill.slug ? { previousSlug: current.slug } : {}) },
  );
  return ok({ id, slug: bill.slug, version: bill.version, changed: true, revalidate });
}

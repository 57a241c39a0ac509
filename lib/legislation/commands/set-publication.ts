import "server-only";

import { writeAudit } from "@/lib/audit/write";
import type { Actor } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/db/generated/client";
import { failure, ok, type Result } from "@/lib/result";

import type { BillSaved } from "./save-bill-fields";
import { announce, billConflict, CONFLICT_MESSAGE, lockBill, saveRevision, visibilityOf, type BillConflict } from "./shared";

type Tx = Prisma.TransactionClient;

/** Move a bill between draft, scheduled and published, as a new version with its revision. */
export async function setPublication(
  tx: Tx,
  options: {
    actor: Actor;
    id: string;
    version: number;
    state: "draft" | "scheduled" | "published";
    publishAt: Date | null;
    action: "bill.published" | "bill.scheduled" | "bill.unpublished";
  },
): Promise<Result<BillSaved, BillConflict>> {
  const { actor, id, version } = options;
  const current = await lockBill(tx, id);
  if (!current) return failure("not_found", "This bill no longer exists. It may have been deleted.");
  const written = await tx.bill.updateMany({
    where: { id, version },
    data: { state: options.state, publishAt: options.publishAt, version: { increment: 1 } },
  });
  if (written.count === 0) return failure("conflict", CONFLICT_MESSAGE, { details: await billConflict(tx, current, version) });
  const bill = await tx.bill.findUniqueOrThrow({ where: { id } });
  await saveRevision(tx, bill, actor);
  const auditId = await writeAudit(tx, {
    actor,
    action: options.action,
    entityType: "bill",
    entityId: id,
    before: { state: current.state, publishAt: current.publishAt?.toISOString() ?? null },
    after: { state: bill.state, publishAt: bill.publishAt?.toISOString() ?? null, slug: bill.slug },
  });
  const revalidate = await announce(
    tx,
    { kind: "bill", before: visibilityOf(current), after: visibilityOf(bill) },
    { kind: options.action, auditId, slug: bill.slug },
  );
  return ok({ id, slug: bill.slug, version: bill.version, changed: true, revalidate });
}

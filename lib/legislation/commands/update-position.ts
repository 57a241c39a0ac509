import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { positionSchema, versionedIdSchema } from "../schema";

import { POSITION_CONFLICT, positionAuditView, statedOnColumn } from "./position-shared";
import { MISSING_BILL, provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";

/** Correct a recorded position (a wrong date, a typo). A new stance is recorded as a new position instead. */
export async function updatePosition(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:position:any");
  if (!auth.ok) return auth;
  const target = versionedIdSchema.safeParse(input);
  const parsed = positionSchema.safeParse(input);
  if (!target.success) return validationFailure(target.error);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = target.data;

  return db.$transaction(async (tx) => {
    const current = await tx.position.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This position no longer exists.");
    const bill = await provisionBill(tx, parsed.data.billId);
    if (!bill) return fieldFailure("billId", MISSING_BILL);
    if (!(await tx.organisation.findUnique({ where: { id: parsed.data.organisationId }, select: { id: true } }))) {
      return fieldFailure("organisationId", "That organisation no longer exists. Choose another.");
    }
    const written = await tx.position.updateMany({
      where: { id, version },
      data: { ...parsed.data, statedOn: statedOnColumn(parsed.data.statedOn), version: { increment: 1 } },
    });
    if (written.count === 0) return failure("conflict", POSITION_CONFLICT);
    await touchBill(tx, parsed.data.billId);
    if (current.billId !== parsed.data.billId) await touchBill(tx, current.billId);
    const position = await tx.position.findUniqueOrThrow({ where: { id } });
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "position.updated",
      entityType: "position",
      entityId: id,
      before: positionAuditView(current),
      after: positionAuditView(position),
    });
    const notice = { kind: "position.updated", auditId };
    const revalidate = await announce(tx, { kind: "billPart", bill }, { ...notice, slug: bill.slug });
    if (current.billId !== position.billId) {
      const previous = await provisionBill(tx, current.billId);
      if (previous) revalidate.push(...(await announce(tx, { kind: "billPart", bill: previous }, { ...notice, slug: previous.slug })));
    }
    return ok({ id, revalidate: [...new Set(revalidate)] });
  });
}

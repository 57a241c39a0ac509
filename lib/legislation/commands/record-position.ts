import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { positionSchema } from "../schema";

import { positionAuditView, statedOnColumn } from "./position-shared";
import { MISSING_BILL, provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";

/**
 * Record where an organisation stands on a bill, as of the day stated. A change of position is
 * recorded the same way: the earlier one stays in the history.
 */
export async function recordPosition(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:position:any");
  if (!auth.ok) return auth;
  const parsed = positionSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);

  return db.$transaction(async (tx) => {
    const bill = await provisionBill(tx, parsed.data.billId);
    if (!bill) return fieldFailure("billId", MISSING_BILL);
    if (!(await tx.organisation.findUnique({ where: { id: parsed.data.organisationId }, select: { id: true } }))) {
      return fieldFailure("organisationId", "That organisation no longer exists. Choose another.");
    }
    const position = await tx.position.create({
      data: { ...parsed.data, statedOn: statedOnColumn(parsed.data.statedOn), recordedById: auth.value.id },
    });
    await touchBill(tx, position.billId);
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "position.recorded",
      entityType: "position",
      entityId: position.id,
      after: positionAuditView(position),
    });
    const revalidate = await announce(tx, { kind: "billPart", bill }, { kind: "position.recorded", auditId, slug: bill.slug });
    return ok({ id: position.id, revalidate });
  });
}

import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { textCitationProblem } from "@/lib/bill-text/citation-check";
import { db } from "@/lib/db/client";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { provisionSchema, versionedIdSchema } from "../schema";

import { MISSING_BILL, PROVISION_CONFLICT, provisionAuditView, provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";

/** Edit a provision over the version the form was loaded at. */
export async function updateProvision(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:provision:any");
  if (!auth.ok) return auth;
  const target = versionedIdSchema.safeParse(input);
  const parsed = provisionSchema.safeParse(input);
  if (!target.success) return validationFailure(target.error);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = target.data;

  return db.$transaction(async (tx) => {
    const current = await tx.provision.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This provision no longer exists.");
    const bill = await provisionBill(tx, parsed.data.billId);
    if (!bill) return fieldFailure("billId", MISSING_BILL);
    const citationProblem = await textCitationProblem(tx, parsed.data.billId, parsed.data);
    if (citationProblem) return citationProblem;
    const written = await tx.provision.updateMany({ where: { id, version }, data: { ...parsed.data, version: { increment: 1 } } });
    if (written.count === 0) return failure("conflict", PROVISION_CONFLICT);
    await touchBill(tx, parsed.data.billId);
    const provision = await tx.provision.findUniqueOrThrow({ where: { id } });
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "provision.updated",
      entityType: "provision",
      entityId: id,
      before: provisionAuditView(current),
      after: provisionAuditView(provision),
    });
    const notice = { kind: "provision.updated", auditId };
    const revalidate = await announce(tx, { kind: "billPart", bill }, { ...notice, slug: bill.slug });
    // A provision moved to another bill is stale on both.
    if (current.billId !== provision.billId) {
      await touchBill(tx, current.billId);
      const previous = await provisionBill(tx, current.billId);
      if (previous) revalidate.push(...(await announce(tx, { kind: "billPart", bill: previous }, { ...notice, slug: previous.slug })));
    }
    return ok({ id, revalidate: [...new Set(revalidate)] });
  });
}

import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { textCitationProblem } from "@/lib/bill-text/citation-check";
import { db } from "@/lib/db/client";
import { fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { provisionSchema } from "../schema";

import { MISSING_BILL, provisionAuditView, provisionBill, touchBill } from "./provision-shared";
import { announce, type Changed } from "./shared";

/** Add one of a bill's key provisions as a structured entry, for the bill page and /compare. */
export async function createProvision(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:provision:any");
  if (!auth.ok) return auth;
  const parsed = provisionSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);

  return db.$transaction(async (tx) => {
    const bill = await provisionBill(tx, parsed.data.billId);
    if (!bill) return fieldFailure("billId", MISSING_BILL);
    const citationProblem = await textCitationProblem(tx, parsed.data.billId, parsed.data);
    if (citationProblem) return citationProblem;
    const provision = await tx.provision.create({ data: parsed.data });
    await touchBill(tx, provision.billId);
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "provision.created",
      entityType: "provision",
      entityId: provision.id,
      after: provisionAuditView(provision),
    });
    const revalidate = await announce(tx, { kind: "billPart", bill }, { kind: "provision.created", auditId, slug: bill.slug });
    return ok({ id: provision.id, revalidate });
  });
}

import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { keyDateSchema } from "../schema";

import { keyDateAuditView, keyDateBill, keyDateColumns } from "./key-date-shared";
import { announce, type Changed } from "./shared";

/** Add a dated milestone that is not a stage: a compliance deadline, a hearing, a consultation closing. */
export async function createKeyDate(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:keyDate:any");
  if (!auth.ok) return auth;
  const parsed = keyDateSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);

  return db.$transaction(async (tx) => {
    const bill = await keyDateBill(tx, parsed.data.billId);
    if (parsed.data.billId && !bill) return fieldFailure("billId", "That bill no longer exists. Choose another, or none.");
    const keyDate = await tx.keyDate.create({ data: keyDateColumns(parsed.data) });
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "keyDate.created",
      entityType: "keyDate",
      entityId: keyDate.id,
      after: keyDateAuditView(keyDate),
    });
    const revalidate = await announce(tx, { kind: "keyDate", bill }, { kind: "keyDate.created", auditId, ...(bill ? { slug: bill.slug } : {}) });
    return ok({ id: keyDate.id, revalidate });
  });
}

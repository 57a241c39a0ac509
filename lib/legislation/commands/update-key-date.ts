import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { keyDateSchema, versionedIdSchema } from "../schema";

import { keyDateAuditView, keyDateBill, keyDateColumns } from "./key-date-shared";
import { announce, type Changed } from "./shared";

const KEY_DATE_CONFLICT = "Someone else changed this key date after you opened it. Reload the page to see their change, then edit again.";

/** Edit a key date over the version the form was loaded at. */
export async function updateKeyDate(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:keyDate:any");
  if (!auth.ok) return auth;
  const target = versionedIdSchema.safeParse(input);
  const parsed = keyDateSchema.safeParse(input);
  if (!target.success) return validationFailure(target.error);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = target.data;

  return db.$transaction(async (tx) => {
    const current = await tx.keyDate.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This key date no longer exists.");
    const bill = await keyDateBill(tx, parsed.data.billId);
    if (parsed.data.billId && !bill) return fieldFailure("billId", "That bill no longer exists. Choose another, or none.");
    const written = await tx.keyDate.updateMany({
      where: { id, version },
      data: { ...keyDateColumns(parsed.data), version: { increment: 1 } },
    });
    if (written.count === 0) return failure("conflict", KEY_DATE_CONFLICT);
    const keyDate = await tx.keyDate.findUniqueOrThrow({ where: { id } });
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "keyDate.updated",
      entityType: "keyDate",
      entityId: id,
      before: keyDateAuditView(current),
      after: keyDateAuditView(keyDate),
    });
    // A date moved from one bill to another is stale on both.
    const previousBill = current.billId === keyDate.billId ? bill : await keyDateBill(tx, current.billId);
    const revalidate = [
      ...new Set([
        ...(await announce(tx, { kind: "keyDate", bill }, { kind: "keyDate.updated", auditId, ...(bill ? { slug: bill.slug } : {}) })),
        ...(previousBill !== bill
          ? await announce(tx, { kind: "keyDate", bill: previousBill }, { kind: "keyDate.updated", auditId, ...(previousBill ? { slug: previousBill.slug } : {}) })
          : []),
      ]),
    ];
    return ok({ id, revalidate });
  });
}

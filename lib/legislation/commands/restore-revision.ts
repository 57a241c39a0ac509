import "server-only";

import { z } from "zod";

import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, type Result } from "@/lib/result";
import { INT4_MAX } from "@/lib/text";
import { validationFailure } from "@/lib/validation";

import { billFieldsSchema, billVersionSchema } from "../schema";

import { saveBillFields, type BillSaved } from "./save-bill-fields";
import type { BillConflict } from "./shared";

const restoreSchema = billVersionSchema.extend({ revision: z.coerce.number().int().positive().max(INT4_MAX) });

/**
 * Bring back a bill's fields as they were at an earlier revision, as a new version (so the
 * restore can itself be undone). Publication is left as it is: restoring text never publishes
 * or unpublishes anything.
 */
export async function restoreRevision(principal: Principal | null, input: unknown): Promise<Result<BillSaved, BillConflict>> {
  const auth = await authorize(principal, "restore:bill:any");
  if (!auth.ok) return auth;
  const parsed = restoreSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version, revision } = parsed.data;

  return db.$transaction(async (tx) => {
    const stored = await tx.billRevision.findUnique({ where: { billId_version: { billId: id, version: revision } } });
    if (!stored) return failure("not_found", "That revision does not exist.");
    // A snapshot from an older schema could be missing fields: the same rules as an edit apply.
    const fields = billFieldsSchema.safeParse(stored.snapshot);
    if (!fields.success) return failure("validation", "That revision cannot be restored as it is. Copy what you need into the form instead.");
    return saveBillFields(tx, {
      actor: auth.value,
      id,
      version,
      fields: fields.data,
      action: "bill.restored",
      auditNote: { restoredFrom: revision },
    });
  });
}

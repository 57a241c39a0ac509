import "server-only";

import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { fieldFailure, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { updateBillSchema } from "../schema";

import { saveBillFields, SLUG_TAKEN, type BillSaved } from "./save-bill-fields";
import { isUniqueViolation, type BillConflict } from "./shared";

/** Save an edited bill over the version the form was loaded at. */
export async function updateBill(principal: Principal | null, input: unknown): Promise<Result<BillSaved, BillConflict>> {
  const auth = await authorize(principal, "update:bill:any");
  if (!auth.ok) return auth;
  const parsed = updateBillSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version, ...fields } = parsed.data;
  try {
    return await db.$transaction((tx) => saveBillFields(tx, { actor: auth.value, id, version, fields, action: "bill.updated" }));
  } catch (error) {
    // Another bill took the address between our check and our write.
    if (isUniqueViolation(error)) return fieldFailure("slug", SLUG_TAKEN);
    throw error;
  }
}

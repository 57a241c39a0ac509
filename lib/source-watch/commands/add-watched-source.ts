import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/legislation/commands/shared";
import { failure, fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { watchedSourceSchema } from "../schema";

/** Watch an official record for a bill; it is polled from the next tick on. */
export async function addWatchedSource(principal: Principal | null, input: unknown): Promise<Result<{ id: string; billId: string }>> {
  const auth = await authorize(principal, "update:bill:any");
  if (!auth.ok) return auth;
  const parsed = watchedSourceSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { billId, kind, identifier, matchWords } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const bill = await tx.bill.findUnique({ where: { id: billId }, select: { id: true } });
      if (!bill) return failure("not_found", "This bill no longer exists.");
      const source = await tx.watchedSource.create({ data: { billId, kind, identifier, matchWords } });
      await writeAudit(tx, { actor: auth.value, action: "watchedSource.added", entityType: "watchedSource", entityId: source.id, after: { billId, kind, identifier, matchWords } });
      return ok({ id: source.id, billId });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldFailure("identifier", "This bill already watches that source.");
    throw error;
  }
}

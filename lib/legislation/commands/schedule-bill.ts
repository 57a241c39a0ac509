import "server-only";

import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { scheduleSchema } from "../schema";
import { isPublic } from "../visibility";

import type { BillSaved } from "./save-bill-fields";
import { setPublication } from "./set-publication";
import type { BillConflict } from "./shared";

/**
 * Publish a draft (or reschedule a bill not yet public) at a later time. No job runs at that time: public reads compare publishAt with
 * the clock (lib/legislation/visibility.ts), so every instance agrees without coordination.
 */
export async function scheduleBill(principal: Principal | null, input: unknown): Promise<Result<BillSaved, BillConflict>> {
  const auth = await authorize(principal, "publish:bill:any");
  if (!auth.ok) return auth;
  const parsed = scheduleSchema().safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version, publishAt } = parsed.data;
  return db.$transaction(async (tx) => {
    // Scheduling a bill the public can already see would hide it until then: make that a
    // deliberate unpublish first.
    const current = await tx.bill.findUnique({ where: { id }, select: { state: true, publishAt: true } });
    if (current && isPublic(current, new Date())) {
      return failure("validation", "This bill is already on the public site. Unpublish it first if it should only appear later.");
    }
    return setPublication(tx, { actor: auth.value, id, version, state: "scheduled", publishAt, action: "bill.scheduled" });
  });
}

import "server-only";

import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import type { Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { scheduleSchema } from "../schema";

import type { BillSaved } from "./save-bill-fields";
import { setPublication } from "./set-publication";
import type { BillConflict } from "./shared";

/**
 * Publish a bill at a later time. No job runs at that time: public reads compare publishAt with
 * the clock (lib/legislation/visibility.ts), so every instance agrees without coordination.
 */
export async function scheduleBill(principal: Principal | null, input: unknown): Promise<Result<BillSaved, BillConflict>> {
  const auth = await authorize(principal, "publish:bill:any");
  if (!auth.ok) return auth;
  const parsed = scheduleSchema().safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version, publishAt } = parsed.data;
  return db.$transaction((tx) =>
    setPublication(tx, { actor: auth.value, id, version, state: "scheduled", publishAt, action: "bill.scheduled" }),
  );
}

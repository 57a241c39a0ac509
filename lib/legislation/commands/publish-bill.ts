import "server-only";

import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import type { Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { billVersionSchema } from "../schema";

import type { BillSaved } from "./save-bill-fields";
import { setPublication } from "./set-publication";
import type { BillConflict } from "./shared";

/** Publish a bill now: it appears on the board and its page at once. */
export async function publishBill(principal: Principal | null, input: unknown): Promise<Result<BillSaved, BillConflict>> {
  const auth = await authorize(principal, "publish:bill:any");
  if (!auth.ok) return auth;
  const parsed = billVersionSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  return db.$transaction((tx) =>
    setPublication(tx, { actor: auth.value, ...parsed.data, state: "published", publishAt: null, action: "bill.published" }),
  );
}

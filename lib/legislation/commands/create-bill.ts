import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { fieldFailure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { billFieldsSchema, regionProblem } from "../schema";
import { slugify } from "../slug";
import { billSnapshot } from "../snapshot";

import { billColumns, SLUG_TAKEN, type BillSaved } from "./save-bill-fields";
import { isUniqueViolation, saveRevision } from "./shared";

// A blank address is made from the short title, so a new bill needs one field fewer.
function withDefaultSlug(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const { slug, shortTitle } = input as { slug?: unknown; shortTitle?: unknown };
  if ((slug === undefined || slug === "") && typeof shortTitle === "string") return { ...input, slug: slugify(shortTitle) };
  return input;
}

/** Create a bill as a draft: nobody outside the back office sees it until it is published. */
export async function createBill(principal: Principal | null, input: unknown): Promise<Result<BillSaved>> {
  const auth = await authorize(principal, "create:bill:any");
  if (!auth.ok) return auth;
  const parsed = billFieldsSchema.safeParse(withDefaultSlug(input));
  if (!parsed.success) return validationFailure(parsed.error);
  const region = regionProblem(parsed.data);
  if (region) return fieldFailure("region", region);
  const actor = auth.value;
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.bill.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } })) {
        return fieldFailure("slug", SLUG_TAKEN);
      }
      const bill = await tx.bill.create({ data: { ...billColumns(parsed.data), state: "draft" } });
      await saveRevision(tx, bill, actor);
      await writeAudit(tx, { actor, action: "bill.created", entityType: "bill", entityId: bill.id, after: billSnapshot(bill) });
      // A draft is not public: no cache to expire, nothing to announce.
      return ok({ id: bill.id, slug: bill.slug, version: bill.version, changed: true, revalidate: [] });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldFailure("slug", SLUG_TAKEN);
    throw error;
  }
}

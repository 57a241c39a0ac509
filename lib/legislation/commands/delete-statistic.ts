import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { versionedIdSchema } from "../schema";

import { announce, type Changed } from "./shared";

/** Remove a figure from the facts page; the audit row keeps what it said. */
export async function deleteStatistic(principal: Principal | null, input: unknown): Promise<Result<Changed>> {
  const auth = await authorize(principal, "manage:statistic:any");
  if (!auth.ok) return auth;
  const parsed = versionedIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const current = await tx.statistic.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This figure no longer exists.");
    const deleted = await tx.statistic.deleteMany({ where: { id, version } });
    if (deleted.count === 0) return failure("conflict", "Someone else changed this figure after you opened it. Reload the page and try again.");
    const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, ...before } = current;
    const auditId = await writeAudit(tx, { actor: auth.value, action: "statistic.deleted", entityType: "statistic", entityId: id, before });
    const revalidate = await announce(tx, { kind: "statistics" }, { kind: "statistic.deleted", auditId });
    return ok({ revalidate });
  });
}

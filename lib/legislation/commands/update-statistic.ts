import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { statisticSchema, versionedIdSchema } from "../schema";

import { announce, type Changed } from "./shared";

/** Edit a figure over the version the form was loaded at. */
export async function updateStatistic(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:statistic:any");
  if (!auth.ok) return auth;
  const target = versionedIdSchema.safeParse(input);
  const parsed = statisticSchema.safeParse(input);
  if (!target.success) return validationFailure(target.error);
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = target.data;

  return db.$transaction(async (tx) => {
    const current = await tx.statistic.findUnique({ where: { id } });
    if (!current) return failure("not_found", "This figure no longer exists.");
    const written = await tx.statistic.updateMany({ where: { id, version }, data: { ...parsed.data, version: { increment: 1 } } });
    if (written.count === 0) {
      return failure("conflict", "Someone else changed this figure after you opened it. Reload the page to see their change, then edit again.");
    }
    const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, ...before } = current;
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "statistic.updated",
      entityType: "statistic",
      entityId: id,
      before,
      after: parsed.data,
    });
    const revalidate = await announce(tx, { kind: "statistics" }, { kind: "statistic.updated", auditId });
    return ok({ id, revalidate });
  });
}

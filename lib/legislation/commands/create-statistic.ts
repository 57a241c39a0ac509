import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { statisticSchema } from "../schema";

import { announce, type Changed } from "./shared";

/** Add a figure, with its source, to the facts page. */
export async function createStatistic(principal: Principal | null, input: unknown): Promise<Result<Changed & { id: string }>> {
  const auth = await authorize(principal, "manage:statistic:any");
  if (!auth.ok) return auth;
  const parsed = statisticSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);

  return db.$transaction(async (tx) => {
    const statistic = await tx.statistic.create({ data: parsed.data });
    const auditId = await writeAudit(tx, {
      actor: auth.value,
      action: "statistic.created",
      entityType: "statistic",
      entityId: statistic.id,
      after: parsed.data,
    });
    const revalidate = await announce(tx, { kind: "statistics" }, { kind: "statistic.created", auditId });
    return ok({ id: statistic.id, revalidate });
  });
}

import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { authorize, type Principal } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { watchedSourceIdSchema } from "../schema";

/** Stop watching a source. Its suggestions stay, so nothing decided is suggested again if it is added back. */
export async function removeWatchedSource(principal: Principal | null, input: unknown): Promise<Result<{ billId: string }>> {
  const auth = await authorize(principal, "update:bill:any");
  if (!auth.ok) return auth;
  const parsed = watchedSourceIdSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  return db.$transaction(async (tx) => {
    // Waits for a poll of this source in progress, which holds its row.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "WatchedSource" WHERE "id" = ${parsed.data.id} FOR UPDATE`;
    if (!locked) return failure("not_found", "This source is no longer watched.");
    const source = await tx.watchedSource.delete({ where: { id: locked.id } });
    await writeAudit(tx, {
      actor: auth.value,
      action: "watchedSource.removed",
      entityType: "watchedSource",
      entityId: source.id,
      before: { billId: source.billId, kind: source.kind, identifier: source.identifier, matchWords: source.matchWords },
    });
    return ok({ billId: source.billId });
  });
}

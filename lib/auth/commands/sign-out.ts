import "server-only";

import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";
import { ok, type Result } from "@/lib/result";

import { loadActor, type Principal } from "../authorize";
import { closeSessions } from "../sessions";

/**
 * End the caller's sessions. Clearing the cookie is not enough: a session is a signed JWT that
 * stays valid until it expires, so a copy taken before sign-out (a shared computer, a stolen
 * cookie) would still work. Bumping the session version makes every copy fail its next check,
 * which also ends the account's other sessions, as a password change does.
 */
export async function revokeSessions(principal: Principal | null): Promise<Result<{ signedOut: boolean }>> {
  // A session that no longer holds has nothing left to end; signing out still succeeds.
  const actor = await loadActor(db, principal);
  if (!actor || !principal) return ok({ signedOut: false });
  return db.$transaction(async (tx) => {
    // Only the version this session carries: a concurrent revocation already did the job.
    const ended = await tx.user.updateMany({
      where: { id: actor.id, sessionVersion: principal.sessionVersion },
      data: { sessionVersion: { increment: 1 } },
    });
    if (ended.count === 0) return ok({ signedOut: false });
    await closeSessions(tx, actor.id);
    await writeAudit(tx, { actor, action: "user.signedOut", entityType: "user", entityId: actor.id });
    return ok({ signedOut: true });
  });
}

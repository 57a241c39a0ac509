import "server-only";

import { writeAudit } from "@/lib/audit/write";
import type { Database } from "@/lib/db/client";

import { normaliseEmail } from "./email";
import { verifyPassword } from "./password";
import type { Role } from "./policy";
import { clearAccount, recordFailure, secondsBlocked, throttleKeys } from "./throttle";

// Checking a password, with throttling. Auth.js's Credentials provider calls this; it does not
// import next-auth, so integration tests call it directly.

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  sessionVersion: number;
  mustChangePassword: boolean;
}

export type SignInOutcome =
  | { ok: true; user: SignedInUser }
  /** Unknown email and wrong password look the same, on purpose. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  /** Only said to someone who gave the right password. */
  | { ok: false; reason: "deactivated" };

// Any constant: serialises attempts on one account, so parallel guesses cannot all slip in
// before the first failure is counted.
const LOCK_NAMESPACE = 72_616_913;

export async function attemptSignIn(
  client: Database,
  input: { email: string; password: string; ip: string | null },
  now: Date = new Date(),
): Promise<SignInOutcome> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, input.ip);
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext(${email}))`;
      const wait = await secondsBlocked(tx, keys, now);
      if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait } as const;

      const user = await tx.user.findUnique({
        where: { email },
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          passwordHash: true,
          sessionVersion: true,
          mustChangePassword: true,
          deactivatedAt: true,
        },
      });
      // Runs a full verification even when there is no user, so timing reveals nothing.
      const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
      if (!user || !valid) {
        await recordFailure(tx, keys, now);
        return { ok: false, reason: "invalid" } as const;
      }
      if (user.deactivatedAt) return { ok: false, reason: "deactivated" } as const;

      await clearAccount(tx, email);
      await writeAudit(tx, {
        actor: { id: user.id, email: user.email },
        action: "user.signedIn",
        entityType: "user",
        entityId: user.id,
      });
      const { passwordHash: _hash, deactivatedAt: _deactivated, ...signedIn } = user;
      return { ok: true, user: signedIn } as const;
    },
    { timeout: 15_000 },
  );
}

import "server-only";

import { writeAudit } from "@/lib/audit/write";
import type { Database } from "@/lib/db/client";
import { pseudonym } from "@/lib/keys";
import { log } from "@/lib/log";

import { newDeviceEntry, type DeviceEntry } from "./device-cookie";
import { normaliseEmail } from "./email";
import { verifyPassword } from "./password";
import type { Role } from "./policy";
import { openSession, sessionLimits, type SessionLimits } from "./sessions";
import { clearKeys, deviceThrottleKey, recordFailure, secondsBlocked, throttleKeys, type ThrottleKey } from "./throttle";

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
  | {
      ok: true;
      user: SignedInUser;
      /** The new session's id, for the session cookie only (lib/auth/sessions.ts). */
      sessionId: string;
      /** The device cookie entry to give this browser from now on. */
      device: DeviceEntry;
    }
  /** Unknown email and wrong password look the same, on purpose. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  /** Only said to someone who gave the right password. */
  | { ok: false; reason: "deactivated" };

export interface SignInAttempt {
  email: string;
  password: string;
  /** The client's address (lib/http/client-address.ts), or null when unknown. */
  ip: string | null;
  /** Verified entries of the browser's device cookie (lib/auth/device-cookie.ts). */
  devices?: readonly DeviceEntry[];
}

// Any constant: serialises attempts on one account, so parallel guesses cannot all slip in
// before the first failure is counted.
const LOCK_NAMESPACE = 72_616_913;

/** What a refused attempt's log line says: the account (a pseudonym when unknown) and the client, never the address typed. */
function logRefusal(reason: string, fields: { user: { id: string } | null; email: string; ip: string | null; trustedDevice: boolean }) {
  log(reason === "throttled" ? "warn" : "info", "auth.signInRefused", {
    reason,
    ...(fields.user ? { userId: fields.user.id } : { unknownAccount: pseudonym(`account:${fields.email}`) }),
    client: fields.ip,
    trustedDevice: fields.trustedDevice,
  });
}

export async function attemptSignIn(
  client: Database,
  input: SignInAttempt,
  now: Date = new Date(),
  limits: SessionLimits = sessionLimits(),
): Promise<SignInOutcome> {
  const email = normaliseEmail(input.email);
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext(${email}))`;
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
      // A browser that signed in to this account before is judged on its own failures only,
      // unless it has used those up; then it is one more untrusted client.
      const device = user ? input.devices?.find((entry) => entry.userId === user.id) : undefined;
      let keys: ThrottleKey[] = throttleKeys(email, input.ip);
      let trustedDevice = false;
      if (device && (await secondsBlocked(tx, [deviceThrottleKey(device.userId, device.nonce)], now)) === 0) {
        keys = [deviceThrottleKey(device.userId, device.nonce)];
        trustedDevice = true;
      }
      const context = { user, email, ip: input.ip, trustedDevice };

      const wait = await secondsBlocked(tx, keys, now);
      if (wait > 0) {
        logRefusal("throttled", context);
        return { ok: false, reason: "throttled", retryAfterSeconds: wait } as const;
      }

      // Runs a full verification even when there is no user, so timing reveals nothing.
      const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
      if (!user || !valid) {
        await recordFailure(tx, keys, now);
        logRefusal("invalid", context);
        return { ok: false, reason: "invalid" } as const;
      }
      if (user.deactivatedAt) {
        logRefusal("deactivated", context);
        return { ok: false, reason: "deactivated" } as const;
      }

      await clearKeys(tx, keys);
      const sessionId = await openSession(tx, user.id, now, limits);
      await writeAudit(tx, {
        actor: { id: user.id, email: user.email },
        action: "user.signedIn",
        entityType: "user",
        entityId: user.id,
      });
      const { passwordHash: _hash, deactivatedAt: _deactivated, ...signedIn } = user;
      return { ok: true, user: signedIn, sessionId, device: newDeviceEntry(user.id, now) } as const;
    },
    { timeout: 15_000 },
  );
}

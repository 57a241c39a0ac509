import type { Principal } from "@/lib/auth/authorize";
import { revokeSessions } from "@/lib/auth/commands/sign-out";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";

// Users for integration tests, made directly in the test database.

let sequence = 0;

export interface TestUser {
  id: string;
  email: string;
  principal: Principal;
}

export async function makeUser(
  role: Role,
  options: { deactivated?: boolean; mustChangePassword?: boolean; password?: string; email?: string } = {},
): Promise<TestUser> {
  sequence += 1;
  const user = await db.user.create({
    data: {
      email: options.email ?? `${role}-${sequence}-${Date.now().toString(36)}@example.org`,
      role,
      passwordHash: options.password ? await hashPassword(options.password) : null,
      deactivatedAt: options.deactivated ? new Date() : null,
      mustChangePassword: options.mustChangePassword ?? false,
    },
  });
  return { id: user.id, email: user.email, principal: { userId: user.id, sessionVersion: user.sessionVersion } };
}

export type ActorKind = "anonymous" | "editor" | "admin" | "deactivated" | "revoked";

/**
 * The principal a request would carry for each kind of caller. Deactivated is an editor whose
 * account was switched off; revoked is an administrator's session captured before they signed
 * out, replayed afterwards (the strongest role, so only the revocation can refuse it).
 */
export async function principalFor(kind: ActorKind): Promise<Principal | null> {
  switch (kind) {
    case "anonymous":
      return null;
    case "deactivated":
      return (await makeUser("editor", { deactivated: true })).principal;
    case "revoked": {
      const { principal } = await makeUser("admin");
      await revokeSessions(principal);
      return principal;
    }
    default:
      return (await makeUser(kind)).principal;
  }
}

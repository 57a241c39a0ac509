import "server-only";

import { systemActor, writeAudit } from "@/lib/audit/write";
import type { Database } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";
import { validationFailure } from "@/lib/validation";

import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-rules";
import type { Role } from "./policy";
import { createUserSchema } from "./schema";
import { oneTimePassword } from "./tokens";

// Accounts made outside the back office: by the launcher at start, and by the user:create
// script. No next-auth import here (plain Node scripts cannot load it); these take the client
// to use, because scripts open their own.

export const BOOTSTRAP_ADMIN_EMAIL = "admin@localhost";

// Same constant in every instance: making sure of the administrator happens once at a time.
const ADMIN_LOCK_KEY = 72_616_913_011;

export type BootstrapOutcome =
  | { kind: "unchanged" }
  | { kind: "created"; email: string }
  | { kind: "updated"; email: string; changes: string[] }
  | { kind: "one-time"; email: string; password: string };

/**
 * Make sure someone can administer the site. With ADMIN_EMAIL and ADMIN_PASSWORD, that account
 * exists, is an active admin and has that password (a way back in for a locked-out owner).
 * Without them, on a database with no users, create admin@localhost with a one-time password
 * to print, which must be changed at first sign-in.
 */
export async function ensureAdmin(
  client: Database,
  options: { email?: string; password?: string },
): Promise<Result<BootstrapOutcome>> {
  const actor = systemActor("launcher");
  if (options.email || options.password) {
    if (!options.email || !options.password) {
      return failure("validation", "Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.");
    }
    const email = options.email.trim().toLowerCase();
    const problem = passwordProblem(options.password, email);
    if (problem) return failure("validation", `ADMIN_PASSWORD is not acceptable: ${problem}`);
    const password = options.password;

    // Serialised like the first-start path below: instances starting at once would otherwise
    // all find no account and all try to create it.
    return client.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_LOCK_KEY})`;
        const existing = await tx.user.findUnique({ where: { email } });
        if (!existing) {
          const user = await tx.user.create({ data: { email, role: "admin", passwordHash: await hashPassword(password) } });
          await writeAudit(tx, {
            actor,
            action: "user.created",
            entityType: "user",
            entityId: user.id,
            after: { email, role: "admin", via: "ADMIN_EMAIL" },
          });
          return ok({ kind: "created", email } as const);
        }

        const changes: string[] = [];
        const passwordMatches = await verifyPassword(existing.passwordHash, password);
        if (existing.role !== "admin") changes.push("made an administrator");
        if (existing.deactivatedAt) changes.push("reactivated");
        if (!passwordMatches) changes.push("password set from ADMIN_PASSWORD");
        if (changes.length === 0) return ok({ kind: "unchanged" } as const);
        const passwordHash = passwordMatches ? undefined : await hashPassword(password);
        await tx.user.update({
          where: { id: existing.id },
          data: {
            role: "admin",
            deactivatedAt: null,
            ...(passwordHash ? { passwordHash, mustChangePassword: false } : {}),
            sessionVersion: { increment: 1 },
          },
        });
        await writeAudit(tx, {
          actor,
          action: "user.bootstrapped",
          entityType: "user",
          entityId: existing.id,
          after: { email, changes },
        });
        return ok({ kind: "updated", email, changes } as const);
      },
      // Hashing (argon2id, 19 MiB) happens under the lock; give a busy machine time for it.
      { timeout: 30_000 },
    );
  }

  // Serialised, so two instances starting on an empty database create one admin, not two.
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_LOCK_KEY})`;
    if ((await tx.user.count()) > 0) return ok({ kind: "unchanged" } as const);
    const password = oneTimePassword();
    const user = await tx.user.create({
      data: {
        email: BOOTSTRAP_ADMIN_EMAIL,
        role: "admin",
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      },
    });
    await writeAudit(tx, {
      actor,
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, role: "admin", via: "first start", mustChangePassword: true },
    });
    return ok({ kind: "one-time", email: user.email, password } as const);
  });
}

/**
 * Create an account from a script. Without a password, a one-time password is generated,
 * returned for printing, and must be changed at first sign-in.
 */
export async function createUserAccount(
  client: Database,
  input: { email: string; role: Role; name?: string; password?: string },
  actorName = "user:create script",
): Promise<Result<{ id: string; email: string; role: Role; oneTimePassword: string | null }>> {
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { email, role, name } = parsed.data;
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, email);
    if (problem) return failure("validation", problem, { fieldErrors: { password: [problem] } });
  }
  const password = input.password ?? oneTimePassword();
  const generated = input.password === undefined ? password : null;
  const passwordHash = await hashPassword(password);

  return client.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      return failure("validation", `An account for ${email} already exists.`, {
        fieldErrors: { email: ["Someone with this email address already has an account."] },
      });
    }
    const user = await tx.user.create({
      data: { email, role, name: name || null, passwordHash, mustChangePassword: generated !== null },
    });
    await writeAudit(tx, {
      actor: systemActor(actorName),
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      after: { email, role, via: actorName },
    });
    return ok({ id: user.id, email, role, oneTimePassword: generated });
  });
}

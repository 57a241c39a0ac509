import "server-only";

import { db, type Database } from "@/lib/db/client";
import { failure, ok, type Result } from "@/lib/result";

import { can, type Permission, type Role } from "./policy";

// The first step of every command: who is asking, and may they? The caller passes what the
// session token claims (user id and session version); this loads the user from the database
// every time, so a deactivation, role change or password reset takes effect on the very next
// request, whatever the token says.

/** What a signed session claims: checked against the database before it is believed. */
export interface Principal {
  userId: string;
  sessionVersion: number;
}

/** A signed-in, active user whose session is current. */
export interface Actor {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  mustChangePassword: boolean;
}

/** The active user behind a principal, or null if unknown, deactivated or signed out by a version bump. */
export async function loadActor(client: Database, principal: Principal | null): Promise<Actor | null> {
  if (!principal) return null;
  const user = await client.user.findUnique({
    where: { id: principal.userId },
    select: { id: true, email: true, name: true, role: true, mustChangePassword: true, deactivatedAt: true, sessionVersion: true },
  });
  if (!user || user.deactivatedAt || user.sessionVersion !== principal.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}

/** The actor if they hold `permission`, else a typed `forbidden` error. */
export async function authorize(principal: Principal | null, permission: Permission): Promise<Result<Actor>> {
  if (!principal) return failure("forbidden", "Sign in to do this.");
  const actor = await loadActor(db, principal);
  if (!actor) return failure("forbidden", "Your session has ended. Sign in again.");
  if (actor.mustChangePassword && permission !== "update:user:own") {
    return failure("forbidden", "Choose a new password before making changes.");
  }
  if (!can(actor.role, permission)) {
    return failure("forbidden", "Your role does not allow this. Ask an administrator if you need it.");
  }
  return ok(actor);
}

import "server-only";

import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { db } from "@/lib/db/client";

import { auth } from "./auth";
import { loadActor, type Actor, type Principal } from "./authorize";
import { can, type Permission } from "./policy";
import { sessionLimits } from "./sessions";

// The session in pages and server actions. These decide what to render; the commands check
// permissions again themselves, because a page guard alone protects nothing.

// One read of the session per request: each read is also the session's activity.
const currentSession = cache(() => auth());

/** What the session cookie claims, not yet checked against the database. */
export const currentPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await currentSession();
  if (!session?.user?.id) return null;
  return { userId: session.user.id, sessionVersion: session.sessionVersion };
});

/** How long this request's session has left, for the warning before it ends; null without one. */
export async function currentSessionTimeLeft(now: number = Date.now()): Promise<{ idleLeftMs: number; totalLeftMs: number; idleMs: number } | null> {
  const session = await currentSession();
  if (!session?.idleEndsAt || !session.endsAt) return null;
  return { idleLeftMs: Date.parse(session.idleEndsAt) - now, totalLeftMs: Date.parse(session.endsAt) - now, idleMs: sessionLimits().idleMs };
}

/** The signed-in, active user of this request, or null. */
export const currentActor = cache(async (): Promise<Actor | null> => loadActor(db, await currentPrincipal()));

const ACCOUNT_PATH = "/admin/account";

/** Whether the request carries a session cookie that no longer holds a session (it ended, or was ended). */
export async function hasEndedSession(): Promise<boolean> {
  if (await currentActor()) return false;
  return (await cookies()).getAll().some((cookie) => /^(__Secure-)?authjs\.session-token/.test(cookie.name));
}

/** The signed-in user; otherwise a redirect to the sign-in page that comes back here. */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    // Set by proxy.ts on every request, so the sign-in page can return the user here.
    const path = (await headers()).get("x-request-path") ?? "/admin";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (actor.mustChangePassword && !options.allowPasswordChange) redirect(ACCOUNT_PATH);
  return actor;
}

/** The signed-in user if their role holds `permission`; otherwise the 403 page. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireUser();
  if (!can(actor.role, permission)) forbidden();
  return actor;
}

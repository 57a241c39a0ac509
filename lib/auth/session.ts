import "server-only";

import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { db } from "@/lib/db/client";

import { auth } from "./auth";
import { loadActor, type Actor, type Principal } from "./authorize";
import { can, type Permission } from "./policy";

// The session in pages and server actions. These decide what to render; the commands check
// permissions again themselves, because a page guard alone protects nothing.

/** What the session cookie claims, not yet checked against the database. */
export const currentPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { userId: session.user.id, sessionVersion: session.sessionVersion };
});

/** The signed-in, active user of this request, or null. */
export const currentActor = cache(async (): Promise<Actor | null> => loadActor(db, await currentPrincipal()));

const ACCOUNT_PATH = "/admin/account";

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

import "server-only";

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { sameSiteUrl } from "@/lib/http/redirect-target";
import { derivedKey } from "@/lib/keys";
import { log, logError } from "@/lib/log";

import { loadActor } from "./authorize";
import { revokeSessions } from "./commands/sign-out";
import { DEVICE_COOKIE_MAX_AGE_S, deviceCookieName, readDeviceCookie, writeDeviceCookie } from "./device-cookie";
import { signInSchema } from "./schema";
import { sessionLimits, touchSession } from "./sessions";
import { attemptSignIn } from "./sign-in";

// Auth.js: email and password through the Credentials provider, sessions as signed, encrypted
// JWT cookies (Credentials cannot use database sessions). The token carries the user id, role,
// session version and session id; every read of the session checks them against the database,
// so a deactivation, role change or password reset ends the session on the next request, and
// so does reaching the session's absolute or idle end (lib/auth/sessions.ts).

/** Sign-in refused because of too many failures; `code` carries the wait in seconds. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled-${retryAfterSeconds}`;
  }
}

export class DeactivatedSignIn extends CredentialsSignin {
  override code = "deactivated";
}

/** The browser's verified device cookie entries, and how to give it a new one (decision 0012). */
async function deviceCookie(request: Request) {
  const https = new URL(request.url).protocol === "https:";
  const name = deviceCookieName(https);
  const key = derivedKey("device-cookie");
  const jar = await cookies();
  const entries = readDeviceCookie(key, jar.get(name)?.value, new Date());
  return {
    entries,
    remember(entry: Parameters<typeof writeDeviceCookie>[2]) {
      jar.set(name, writeDeviceCookie(key, entries, entry), {
        httpOnly: true,
        sameSite: "lax",
        secure: https,
        path: "/",
        maxAge: DEVICE_COOKIE_MAX_AGE_S,
      });
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read per request, not at import: `next build` imports this file with no secret set.
  secret: getConfig().AUTH_SECRET,
  trustHost: true,
  // The cookie never outlives the session's absolute end; the idle end is checked in jwt().
  session: { strategy: "jwt", maxAge: Math.ceil(sessionLimits().maxAgeMs / 1000), updateAge: 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email address" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const device = await deviceCookie(request);
        const outcome = await attemptSignIn(db, { ...parsed.data, ip: clientAddress(request.headers), devices: device.entries });
        if (outcome.ok) {
          const { user } = outcome;
          device.remember(outcome.device);
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId: outcome.sessionId };
        }
        if (outcome.reason === "throttled") throw new ThrottledSignIn(outcome.retryAfterSeconds);
        if (outcome.reason === "deactivated") throw new DeactivatedSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    // Auth.js follows callbackUrl after signing in, and redirectTo after signing out: the same
    // rule as every other redirect whose target a request chose.
    redirect({ url, baseUrl }) {
      return sameSiteUrl(url, baseUrl);
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.sessionId = user.sessionId;
        return token;
      }
      const actor =
        token.sub && token.sessionVersion !== undefined
          ? await loadActor(db, { userId: token.sub, sessionVersion: token.sessionVersion })
          : null;
      // Returning null ends the session: the user was deactivated or their sessions revoked...
      if (!actor) return null;
      // ...or the session is past its absolute or idle end. Every read counts as activity.
      const times = await touchSession(db, actor.id, token.sessionId);
      if (!times) return null;
      token.role = actor.role;
      token.idleEndsAt = times.idleEndsAt.getTime();
      token.endsAt = times.endsAt.getTime();
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "editor";
      session.sessionVersion = token.sessionVersion ?? 0;
      // For the back office's warning before it signs out (components/admin/session-timeout.tsx).
      session.idleEndsAt = token.idleEndsAt ? new Date(token.idleEndsAt).toISOString() : undefined;
      session.endsAt = token.endsAt ? new Date(token.endsAt).toISOString() : undefined;
      return session;
    },
  },
  events: {
    // Every way of signing out (the back office's button, Auth.js's own /api/auth/signout)
    // comes through here. Clearing the cookie alone would leave copies of it valid.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && token.sessionVersion !== undefined) {
        await revokeSessions({ userId: token.sub, sessionVersion: token.sessionVersion });
      }
    },
  },
  logger: {
    error(error) {
      // Wrong passwords are expected, not errors: attemptSignIn counts them and logs each
      // refusal with the account and the client, which Auth.js does not know.
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      // A post without the double-submit token: a forged or stale form, refused as it should be.
      if ("type" in error && error.type === "MissingCSRF") {
        log("warn", "auth.csrfRefused");
        return;
      }
      logError("auth.error", error);
    },
    warn(code) {
      log("warn", "auth.warning", { code });
    },
    debug() {},
  },
}));

import "server-only";

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db/client";
import { sameSiteUrl } from "@/lib/http/redirect-target";
import { log, logError } from "@/lib/log";

import { loadActor } from "./authorize";
import { clientAddress } from "@/lib/http/client-address";
import { revokeSessions } from "./commands/sign-out";
import { signInSchema } from "./schema";
import { attemptSignIn } from "./sign-in";

// Auth.js: email and password through the Credentials provider, sessions as signed, encrypted
// JWT cookies (Credentials cannot use database sessions). The token carries the user id, role
// and session version; every read of the session checks them against the database, so a
// deactivation, role change or password reset ends the session on the next request.

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

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read per request, not at import: `next build` imports this file with no secret set.
  secret: getConfig().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email address" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const outcome = await attemptSignIn(db, { ...parsed.data, ip: clientAddress(request.headers) });
        if (outcome.ok) {
          const { user } = outcome;
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
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
        return token;
      }
      const actor =
        token.sub && token.sessionVersion !== undefined
          ? await loadActor(db, { userId: token.sub, sessionVersion: token.sessionVersion })
          : null;
      // Returning null ends the session: the user was deactivated or their sessions revoked.
      if (!actor) return null;
      token.role = actor.role;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "editor";
      session.sessionVersion = token.sessionVersion ?? 0;
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
      // Wrong passwords are expected, not errors; they are counted by the throttle instead.
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") {
        log("info", "auth.signInRefused");
        return;
      }
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

import { randomBytes } from "node:crypto";

import { request as playwrightRequest } from "@playwright/test";

import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/db/generated/client";

// The five kinds of caller the authorisation matrix drives over real HTTP. Each signed-in
// subject holds the cookies of a real sign-in through Auth.js; "deactivated" and "revoked" hold
// cookies captured while the session was good, replayed after the account was switched off or
// after its owner signed out.

export const subjects = ["anonymous", "editor", "admin", "deactivated", "revoked"] as const;
export type Subject = (typeof subjects)[number];

export interface Session {
  subject: Subject;
  /** The Cookie header the browser would send; empty for the anonymous caller. */
  cookie: string;
  userId: string | null;
}

export const MATRIX_PASSWORD = "matrix violet harbour lantern";

/** A user made straight in the app's database, with a known password. */
export async function makeAccount(db: PrismaClient, role: "admin" | "editor"): Promise<{ id: string; email: string; password: string }> {
  const email = `matrix-${role}-${randomBytes(5).toString("hex")}@example.org`;
  const user = await db.user.create({ data: { email, role, passwordHash: await hashPassword(MATRIX_PASSWORD) } });
  return { id: user.id, email, password: MATRIX_PASSWORD };
}

/** Sign in through Auth.js's own endpoints in a fresh cookie jar; returns the jar's Cookie header. */
export async function signIn(baseURL: string, account: { email: string; password: string }): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.post("/api/auth/callback/credentials", {
      form: { email: account.email, password: account.password, csrfToken, callbackUrl: "/admin" },
      maxRedirects: 0,
    });
    if (response.status() !== 302 || (response.headers().location ?? "").includes("error")) {
      throw new Error(`Signing in ${account.email} failed: ${response.status()} ${response.headers().location}`);
    }
    return cookieHeader(await context.storageState());
  } finally {
    await context.dispose();
  }
}

/** Sign out through Auth.js's own endpoint with the session's cookies (what the sign-out button ends up doing). */
export async function signOut(baseURL: string, cookie: string): Promise<void> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = [cookie, ...setCookies(csrf)].filter(Boolean).join("; ");
  const response = await fetch(`${baseURL}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar, origin: baseURL, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken }).toString(),
  });
  if (response.status !== 302) throw new Error(`Signing out failed: ${response.status}`);
}

function setCookies(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
}

function cookieHeader(state: { cookies: { name: string; value: string }[] }): string {
  return state.cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
}

/** One session per subject, each on a fresh account. */
export async function sessionsFor(baseURL: string, db: PrismaClient): Promise<Record<Subject, Session>> {
  const editor = await makeAccount(db, "editor");
  const admin = await makeAccount(db, "admin");
  const deactivated = await makeAccount(db, "editor");
  const revoked = await makeAccount(db, "admin");
  const editorCookie = await signIn(baseURL, editor);
  const adminCookie = await signIn(baseURL, admin);
  const deactivatedCookie = await signIn(baseURL, deactivated);
  const revokedCookie = await signIn(baseURL, revoked);
  // Switched off as deactivateUser does it (the flag and a version bump), after the cookie was issued.
  await db.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date(), sessionVersion: { increment: 1 } } });
  // An administrator who signed out: the cookie captured before is what an attacker would replay.
  await signOut(baseURL, revokedCookie);
  return {
    anonymous: { subject: "anonymous", cookie: "", userId: null },
    editor: { subject: "editor", cookie: editorCookie, userId: editor.id },
    admin: { subject: "admin", cookie: adminCookie, userId: admin.id },
    deactivated: { subject: "deactivated", cookie: deactivatedCookie, userId: deactivated.id },
    revoked: { subject: "revoked", cookie: revokedCookie, userId: revoked.id },
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  /** The redirect target, when there is one, as a path on this site or an absolute URL elsewhere. */
  location: string | null;
  /** The Location header as sent. */
  rawLocation: string | null;
  body: string;
}

/** One request with the session's cookies, not following redirects. Streams (SSE) are read only up to their headers. */
export async function send(
  baseURL: string,
  session: Session,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<Answer> {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    redirect: "manual",
    headers: { ...(session.cookie ? { cookie: session.cookie } : {}), ...init.headers },
    body: init.body,
  });
  const stream = (response.headers.get("content-type") ?? "").startsWith("text/event-stream");
  const body = stream ? (await response.body?.cancel(), "") : await response.text();
  const raw = response.headers.get("location");
  return { status: response.status, headers: response.headers, location: raw ? sitePath(baseURL, raw) : null, rawLocation: raw, body };
}

/**
 * A redirect target as a path when it stays on this site (Auth.js names the configured site
 * URL, localhost, rather than the address the request used), else the whole URL.
 */
export function sitePath(baseURL: string, location: string): string {
  const url = new URL(location, baseURL);
  return isThisSite(baseURL, url) ? `${url.pathname}${url.search}` : url.href;
}

/** Whether a URL is on the app under test, by the address the tests use or the configured one. */
export function isThisSite(baseURL: string, url: URL): boolean {
  const here = new URL(baseURL);
  return url.protocol === here.protocol && url.port === here.port && (url.hostname === here.hostname || url.hostname === "localhost");
}

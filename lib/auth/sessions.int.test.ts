import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";

import { sessionEndedNotice, touchSession, type SessionLimits } from "./sessions";
import { attemptSignIn } from "./sign-in";

// Issue 21, finding 4: every GET /api/auth/session issued a new 12-hour token, so a session
// lasted forever. A session now ends SESSION_MAX_AGE_H after signing in and SESSION_IDLE_MIN
// after its last request; Auth.js's jwt callback asks touchSession on every read.

const password = "lantern meadow cobalt ninety";
const limits: SessionLimits = { maxAgeMs: 12 * 60 * 60 * 1000, idleMs: 30 * 60 * 1000 };
const minutes = (count: number) => count * 60 * 1000;

async function signedIn(start: Date) {
  const user = await makeUser("editor", { password });
  const outcome = await attemptSignIn(db, { email: user.email, password, ip: null }, start, limits);
  if (!outcome.ok) throw new Error("sign-in failed");
  return { user, sessionId: outcome.sessionId };
}

describe("session lifetime", () => {
  it("ends after the idle time without a request", async () => {
    const start = new Date("2026-12-02T08:00:00Z");
    const { user, sessionId } = await signedIn(start);
    expect(await touchSession(db, user.id, sessionId, new Date(start.getTime() + minutes(29)), limits)).not.toBeNull();
    // 29 minutes of quiet after that request is still fine; 30 is not.
    expect(await touchSession(db, user.id, sessionId, new Date(start.getTime() + minutes(58)), limits)).not.toBeNull();
    expect(await touchSession(db, user.id, sessionId, new Date(start.getTime() + minutes(88)), limits)).toBeNull();
    // And it stays ended.
    expect(await touchSession(db, user.id, sessionId, new Date(start.getTime() + minutes(89)), limits)).toBeNull();
  });

  it("ends at its absolute end, however busy, which no request moves", async () => {
    const start = new Date("2026-12-02T08:00:00Z");
    const { user, sessionId } = await signedIn(start);
    let now = start.getTime();
    let times = null;
    // A request every 10 minutes, as the probe's renewals were, for twelve hours.
    while (now < start.getTime() + limits.maxAgeMs - minutes(10)) {
      now += minutes(10);
      times = await touchSession(db, user.id, sessionId, new Date(now), limits);
      expect(times).not.toBeNull();
    }
    expect(times?.endsAt.toISOString()).toBe("2026-12-02T20:00:00.000Z");
    expect(await touchSession(db, user.id, sessionId, new Date("2026-12-02T20:00:00Z"), limits)).toBeNull();
  });

  it("belongs to the user who signed in, and ends without a session id", async () => {
    const start = new Date();
    const { sessionId } = await signedIn(start);
    const other = await makeUser("editor");
    expect(await touchSession(db, other.id, sessionId, start, limits)).toBeNull();
    expect(await touchSession(db, other.id, undefined, start, limits)).toBeNull();
  });

  it("keeps only a hash of the session id", async () => {
    const { sessionId } = await signedIn(new Date());
    const rows = await db.session.findMany();
    expect(JSON.stringify(rows)).not.toContain(sessionId);
  });
});

describe("the sign-in page's notice", () => {
  it("says how long sessions last, in the configured units", () => {
    expect(sessionEndedNotice(limits)).toBe(
      "Your session has ended. Sessions end after 30 minutes without activity, 12 hours after signing in, and when an administrator changes your account. Sign in again to carry on.",
    );
    expect(sessionEndedNotice({ maxAgeMs: 3_600_000, idleMs: 60_000 })).toContain("after 1 minute without activity, 1 hour after");
  });
});

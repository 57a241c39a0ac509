import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";

import { attemptSignIn } from "./sign-in";
import { accountLimit } from "./throttle";

const password = "maple kettle orbit seventeen";

describe("attemptSignIn", () => {
  it("signs in with the right password, whatever the case of the address, and audits it", async () => {
    const user = await makeUser("editor", { password, email: "casey@example.org" });
    const outcome = await attemptSignIn(db, { email: " Casey@Example.org ", password, ip: "203.0.113.1" });
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id, role: "editor", sessionVersion: 1 } });
    expect(await db.auditLog.count({ where: { action: "user.signedIn", actorId: user.id } })).toBe(1);
  });

  it("answers a wrong password and an unknown address the same way", async () => {
    await makeUser("editor", { password, email: "known@example.org" });
    const wrong = await attemptSignIn(db, { email: "known@example.org", password: "not the password", ip: null });
    const unknown = await attemptSignIn(db, { email: "nobody@example.org", password: "not the password", ip: null });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a deactivated account, and a reset account whose password was cleared", async () => {
    await makeUser("editor", { password, email: "gone@example.org", deactivated: true });
    expect(await attemptSignIn(db, { email: "gone@example.org", password, ip: null })).toEqual({ ok: false, reason: "deactivated" });
    const reset = await makeUser("editor", { password, email: "reset@example.org" });
    await db.user.update({ where: { id: reset.id }, data: { passwordHash: null } });
    expect(await attemptSignIn(db, { email: "reset@example.org", password, ip: null })).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after repeated failures, even for the right password, with a growing wait", async () => {
    await makeUser("editor", { password, email: "target@example.org" });
    const now = new Date("2026-01-01T12:00:00Z");
    for (let attempt = 0; attempt < accountLimit.freeFailures; attempt += 1) {
      expect(await attemptSignIn(db, { email: "target@example.org", password: `guess ${attempt}`, ip: null }, now)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await attemptSignIn(db, { email: "target@example.org", password, ip: null }, now)).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: accountLimit.baseDelaySeconds,
    });

    const afterFirstWait = new Date(now.getTime() + accountLimit.baseDelaySeconds * 1000);
    expect(await attemptSignIn(db, { email: "target@example.org", password: "another guess", ip: null }, afterFirstWait)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await attemptSignIn(db, { email: "target@example.org", password, ip: null }, afterFirstWait)).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: accountLimit.baseDelaySeconds * 2,
    });
  });

  it("throttles unknown addresses too, so throttling reveals nothing about who has an account", async () => {
    const now = new Date("2026-01-01T12:00:00Z");
    for (let attempt = 0; attempt < accountLimit.freeFailures; attempt += 1) {
      await attemptSignIn(db, { email: "ghost@example.org", password: "guess", ip: null }, now);
    }
    expect(await attemptSignIn(db, { email: "ghost@example.org", password: "guess", ip: null }, now)).toMatchObject({ reason: "throttled" });
  });

  it("throttles one client address trying many accounts", async () => {
    const now = new Date("2026-02-01T12:00:00Z");
    const ip = "198.51.100.7";
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await attemptSignIn(db, { email: `spray-${attempt}@example.org`, password: "Summer2025!!", ip }, now);
    }
    await makeUser("editor", { password, email: "bystander@example.org" });
    expect(await attemptSignIn(db, { email: "bystander@example.org", password, ip }, now)).toMatchObject({ reason: "throttled" });
    expect(await attemptSignIn(db, { email: "bystander@example.org", password, ip: "198.51.100.8" }, now)).toMatchObject({ ok: true });
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    await makeUser("editor", { password, email: "forgetful@example.org" });
    for (let attempt = 0; attempt < accountLimit.freeFailures - 1; attempt += 1) {
      await attemptSignIn(db, { email: "forgetful@example.org", password: "typo", ip: null });
    }
    expect(await attemptSignIn(db, { email: "forgetful@example.org", password, ip: null })).toMatchObject({ ok: true });
    expect(await db.loginThrottle.findUnique({ where: { key: "email:forgetful@example.org" } })).toBeNull();
  });

  it("counts parallel guesses one by one, so a burst cannot slip past the limit", async () => {
    await makeUser("editor", { password, email: "burst@example.org" });
    const outcomes = await Promise.all(
      Array.from({ length: accountLimit.freeFailures + 3 }, (_, index) =>
        attemptSignIn(db, { email: "burst@example.org", password: `burst guess ${index}`, ip: null }),
      ),
    );
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid")).toHaveLength(accountLimit.freeFailures);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "throttled")).toHaveLength(3);
  });
});

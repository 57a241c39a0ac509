import { afterEach, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";

import type { DeviceEntry } from "./device-cookie";
import { listRepeatedSignInFailures } from "./queries";
import { attemptSignIn } from "./sign-in";
import { accountLimit, clientLimit } from "./throttle";

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

// Issue 21, finding 1: five wrong passwords for admin@localhost, from anywhere, kept the right
// password out too, for up to 15 minutes at a time, renewable forever.
describe("device cookies (OWASP)", () => {
  async function signedInBefore(email: string): Promise<DeviceEntry> {
    const first = await attemptSignIn(db, { email, password, ip: "198.51.100.10" });
    if (!first.ok) throw new Error("the first sign-in failed");
    return first.device;
  }

  it("let a browser that signed in before in, however often others failed for the account", async () => {
    await makeUser("admin", { password, email: "admin@localhost" });
    const device = await signedInBefore("admin@localhost");
    const now = new Date();
    for (let attempt = 0; attempt < accountLimit.freeFailures + 5; attempt += 1) {
      await attemptSignIn(db, { email: "admin@localhost", password: `guess ${attempt}`, ip: `203.0.113.${attempt}` }, now);
    }
    // A stranger with the right password is refused: the account's untrusted clients are locked out.
    expect(await attemptSignIn(db, { email: "admin@localhost", password, ip: "203.0.113.200" }, now)).toMatchObject({ reason: "throttled" });
    // The administrator's own browser is not.
    expect(await attemptSignIn(db, { email: "admin@localhost", password, ip: "198.51.100.10", devices: [device] }, now)).toMatchObject({ ok: true });
  });

  it("count a trusted browser's own failures against it alone, then treat it like anyone else", async () => {
    await makeUser("editor", { password, email: "typist@example.org" });
    const device = await signedInBefore("typist@example.org");
    const now = new Date();
    for (let attempt = 0; attempt < accountLimit.freeFailures; attempt += 1) {
      expect(await attemptSignIn(db, { email: "typist@example.org", password: "typo", ip: null, devices: [device] }, now)).toMatchObject({ reason: "invalid" });
    }
    // Its failures did not touch the account's shared counter...
    expect(await db.loginThrottle.findUnique({ where: { key: "email:typist@example.org" } })).toBeNull();
    // ...and, with its own allowance used up, it is one more untrusted client, which may still try.
    expect(await attemptSignIn(db, { email: "typist@example.org", password, ip: null, devices: [device] }, now)).toMatchObject({ ok: true });
  });

  it("trust an entry only for the account it was given for", async () => {
    await makeUser("editor", { password, email: "owner@example.org" });
    await makeUser("editor", { password, email: "other@example.org" });
    const device = await signedInBefore("owner@example.org");
    const now = new Date();
    for (let attempt = 0; attempt < accountLimit.freeFailures; attempt += 1) {
      await attemptSignIn(db, { email: "other@example.org", password: "guess", ip: null }, now);
    }
    expect(await attemptSignIn(db, { email: "other@example.org", password, ip: null, devices: [device] }, now)).toMatchObject({ reason: "throttled" });
  });

  it("still throttle the client address for untrusted attempts", async () => {
    const now = new Date();
    for (let attempt = 0; attempt < clientLimit.freeFailures; attempt += 1) {
      await attemptSignIn(db, { email: `sprayed-${attempt}@example.org`, password: "guess", ip: "2001:db8:5:5::1" }, now);
    }
    await makeUser("editor", { password, email: "neighbour@example.org" });
    // Another address in the same IPv6 /64 is the same client.
    expect(await attemptSignIn(db, { email: "neighbour@example.org", password, ip: "2001:db8:5:5::99" }, now)).toMatchObject({ reason: "throttled" });
  });
});

// Issue 21, finding 9: a refusal was logged as {"event":"auth.signInRefused"} and nothing else.
describe("refused sign-ins", () => {
  const lines: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    lines.length = 0;
  });
  function capture() {
    for (const stream of ["log", "error"] as const) {
      vi.spyOn(console, stream).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(" "));
      });
    }
  }
  const refusals = () =>
    lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.event === "auth.signInRefused");

  it("are logged with the account, a pseudonym for an unknown one, and the client address", async () => {
    const user = await makeUser("editor", { password, email: "logged@example.org" });
    capture();
    await attemptSignIn(db, { email: "logged@example.org", password: "wrong one", ip: "198.51.100.20" });
    await attemptSignIn(db, { email: "nobody-here@example.org", password: "wrong one", ip: "198.51.100.21" });
    const [known, unknown] = refusals();
    expect(known).toMatchObject({ reason: "invalid", userId: user.id, client: "198.51.100.20", trustedDevice: false });
    expect(unknown).toMatchObject({ reason: "invalid", unknownAccount: expect.stringMatching(/^[0-9a-f]{16}$/), client: "198.51.100.21" });
    // Never the address typed: it may be someone's mistyped real one.
    expect(lines.join("\n")).not.toContain("nobody-here");
    expect(lines.join("\n")).not.toContain("logged@example.org");
  });

  it("are shown to administrators when they repeat: known accounts by address, unknown ones by pseudonym, and clients", async () => {
    await makeUser("editor", { password, email: "repeated@example.org" });
    const now = new Date();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await attemptSignIn(db, { email: "repeated@example.org", password: "wrong", ip: "198.51.100.30" }, now);
      await attemptSignIn(db, { email: "made-up@example.org", password: "wrong", ip: "198.51.100.30" }, now);
    }
    const rows = await listRepeatedSignInFailures(db, { now });
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "account", label: "repeated@example.org", failures: 3 }),
        expect.objectContaining({ kind: "unknown-account", label: expect.stringMatching(/^[0-9a-f]{16}$/), failures: 3 }),
        expect.objectContaining({ kind: "address", label: "198.51.100.30", failures: 6 }),
      ]),
    );
    expect(JSON.stringify(rows)).not.toContain("made-up");
  });
});

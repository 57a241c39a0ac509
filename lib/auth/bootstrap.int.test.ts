import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";

import { BOOTSTRAP_ADMIN_EMAIL, createUserAccount, ensureAdmin } from "./bootstrap";
import { attemptSignIn } from "./sign-in";

// One database per file: these tests run in order and build on each other's users.

describe("ensureAdmin", () => {
  it("creates admin@localhost with a one-time password on an empty database, once", async () => {
    const first = await ensureAdmin(db, {});
    expect(first).toMatchObject({ ok: true, value: { kind: "one-time", email: BOOTSTRAP_ADMIN_EMAIL } });
    if (!first.ok || first.value.kind !== "one-time") return;
    expect(first.value.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(await db.user.findUniqueOrThrow({ where: { email: BOOTSTRAP_ADMIN_EMAIL } })).toMatchObject({
      role: "admin",
      mustChangePassword: true,
    });
    expect(await attemptSignIn(db, { email: BOOTSTRAP_ADMIN_EMAIL, password: first.value.password, ip: null })).toMatchObject({
      ok: true,
      user: { mustChangePassword: true },
    });
    expect(await ensureAdmin(db, {})).toEqual({ ok: true, value: { kind: "unchanged" } });
  });

  it("creates the ADMIN_EMAIL account, then leaves it alone while nothing differs", async () => {
    const options = { email: "Owner@Example.org", password: "owner long pass phrase" };
    expect(await ensureAdmin(db, options)).toEqual({ ok: true, value: { kind: "created", email: "owner@example.org" } });
    expect(await ensureAdmin(db, options)).toEqual({ ok: true, value: { kind: "unchanged" } });
  });

  it("restores a demoted, deactivated owner with the configured password, ending their sessions", async () => {
    await db.user.update({ where: { email: "owner@example.org" }, data: { role: "editor", deactivatedAt: new Date(), passwordHash: null } });
    const result = await ensureAdmin(db, { email: "owner@example.org", password: "owner long pass phrase" });
    expect(result).toMatchObject({
      ok: true,
      value: { kind: "updated", changes: ["made an administrator", "reactivated", "password set from ADMIN_PASSWORD"] },
    });
    expect(await db.user.findUniqueOrThrow({ where: { email: "owner@example.org" } })).toMatchObject({
      role: "admin",
      deactivatedAt: null,
      sessionVersion: 2,
    });
  });

  it("refuses half a configuration and a weak password", async () => {
    expect(await ensureAdmin(db, { email: "x@example.org" })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/both/) } });
    expect(await ensureAdmin(db, { email: "x@example.org", password: "short" })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^ADMIN_PASSWORD is not acceptable/) },
    });
  });
});

describe("createUserAccount", () => {
  it("creates an editor with a printed one-time password, or with a given password", async () => {
    const generated = await createUserAccount(db, { email: "script@example.org", role: "editor" });
    expect(generated).toMatchObject({ ok: true, value: { role: "editor", oneTimePassword: expect.any(String) } });
    expect(await db.user.findUniqueOrThrow({ where: { email: "script@example.org" } })).toMatchObject({ mustChangePassword: true });

    const given = await createUserAccount(db, { email: "given@example.org", role: "admin", password: "a chosen long password" });
    expect(given).toMatchObject({ ok: true, value: { oneTimePassword: null } });
    expect(await createUserAccount(db, { email: "given@example.org", role: "admin" })).toMatchObject({
      ok: false,
      error: { code: "validation" },
    });
  });
});

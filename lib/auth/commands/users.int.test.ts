import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";

import { attemptSignIn } from "../sign-in";
import { hashToken } from "../tokens";

import { acceptInvite } from "./accept-invite";
import { changeRole } from "./change-role";
import { completePasswordReset } from "./complete-password-reset";
import { deactivateUser } from "./deactivate-user";
import { inviteUser } from "./invite-user";
import { reactivateUser } from "./reactivate-user";
import { resetPassword } from "./reset-password";
import { revokeInvite } from "./revoke-invite";

const newPassword = "quiet river lantern forty";

describe("invitations", () => {
  it("stores only the token's hash, and the link works once", async () => {
    const admin = await makeUser("admin");
    const invited = await inviteUser(admin.principal, { email: "New.Editor@Example.org", role: "editor" });
    expect(invited.ok).toBe(true);
    if (!invited.ok) return;
    const { token } = invited.value;
    const stored = await db.userToken.findFirstOrThrow({ where: { email: "new.editor@example.org" } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const weak = await acceptInvite({ token, password: "short", confirmPassword: "short" });
    expect(weak).toMatchObject({ ok: false, error: { fieldErrors: { password: [expect.stringMatching(/at least 12/)] } } });
    const own = await acceptInvite({ token, password: "new.editor@example.org", confirmPassword: "new.editor@example.org" });
    expect(own).toMatchObject({ ok: false, error: { fieldErrors: { password: ["Do not use your email address as your password."] } } });
    const common = await acceptInvite({ token, password: "password1234", confirmPassword: "password1234" });
    expect(common).toMatchObject({ ok: false, error: { fieldErrors: { password: [expect.stringMatching(/too common/)] } } });
    const mismatch = await acceptInvite({ token, password: newPassword, confirmPassword: "something else entirely" });
    expect(mismatch).toMatchObject({ ok: false, error: { fieldErrors: { confirmPassword: ["The two passwords do not match."] } } });

    expect(await acceptInvite({ token, password: newPassword, confirmPassword: newPassword })).toMatchObject({ ok: true });
    expect(await attemptSignIn(db, { email: "new.editor@example.org", password: newPassword, ip: null })).toMatchObject({
      ok: true,
      user: { role: "editor" },
    });
    expect(await acceptInvite({ token, password: newPassword, confirmPassword: newPassword })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("refuses an expired invite, and a second invite replaces the first", async () => {
    const admin = await makeUser("admin");
    const first = await inviteUser(admin.principal, { email: "twice@example.org", role: "editor" });
    const second = await inviteUser(admin.principal, { email: "twice@example.org", role: "admin" });
    if (!first.ok || !second.ok) throw new Error("invites should succeed");
    expect(await acceptInvite({ token: first.value.token, password: newPassword, confirmPassword: newPassword })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    await db.userToken.updateMany({ where: { tokenHash: hashToken(second.value.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvite({ token: second.value.token, password: newPassword, confirmPassword: newPassword })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("revokes an open invitation: its link stops working, the change is audited, and editors may not", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const invited = await inviteUser(admin.principal, { email: "revoke.me@example.org", role: "editor" });
    if (!invited.ok) throw new Error("the invite should succeed");
    expect(await revokeInvite(editor.principal, { email: "revoke.me@example.org" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await revokeInvite(admin.principal, { email: "Revoke.Me@example.org" })).toEqual({ ok: true, value: { email: "revoke.me@example.org" } });
    expect(await acceptInvite({ token: invited.value.token, password: newPassword, confirmPassword: newPassword })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await db.auditLog.count({ where: { action: "user.inviteRevoked", entityId: "revoke.me@example.org", actorId: admin.id } })).toBe(1);
    expect(await revokeInvite(admin.principal, { email: "revoke.me@example.org" })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("refuses inviting someone who already has an account", async () => {
    const admin = await makeUser("admin");
    const existing = await makeUser("editor");
    expect(await inviteUser(admin.principal, { email: existing.email, role: "editor" })).toMatchObject({
      ok: false,
      error: { fieldErrors: { email: [expect.stringMatching(/already has an account/)] } },
    });
  });
});

describe("roles and deactivation", () => {
  it("ends the user's sessions when their role changes", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    expect(await changeRole(admin.principal, { userId: editor.id, role: "admin" })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ role: "admin", sessionVersion: 2 });
  });

  it("never leaves the site without an active administrator", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
    const only = await makeUser("admin");
    const result = await changeRole(only.principal, { userId: only.id, role: "editor" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", message: expect.stringMatching(/last administrator/) } });

    const other = await makeUser("admin");
    expect(await deactivateUser(other.principal, { userId: only.id })).toMatchObject({ ok: true });
    // `only` is deactivated, so `other` is now the last active admin.
    const third = await makeUser("admin");
    await db.user.update({ where: { id: third.id }, data: { role: "editor" } });
    expect(await changeRole(other.principal, { userId: other.id, role: "editor" })).toMatchObject({ ok: false, error: { code: "validation" } });
  });

  it("does not let an admin deactivate their own account", async () => {
    const admin = await makeUser("admin");
    await makeUser("admin");
    expect(await deactivateUser(admin.principal, { userId: admin.id })).toMatchObject({ ok: false, error: { code: "validation" } });
  });

  it("deactivation ends sessions and refuses sign-in; reactivation lets the same password in again", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor", { password: newPassword });
    expect(await deactivateUser(admin.principal, { userId: editor.id })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ sessionVersion: 2 });
    expect(await attemptSignIn(db, { email: editor.email, password: newPassword, ip: null })).toMatchObject({ reason: "deactivated" });
    expect(await reactivateUser(admin.principal, { userId: editor.id })).toMatchObject({ ok: true });
    expect(await attemptSignIn(db, { email: editor.email, password: newPassword, ip: null })).toMatchObject({ ok: true });
  });
});

describe("password resets", () => {
  it("ends sessions and stops the old password at once; the link sets a new one once", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor", { password: "the old long password" });
    const reset = await resetPassword(admin.principal, { userId: editor.id });
    expect(reset.ok).toBe(true);
    if (!reset.ok) return;
    expect(await db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ sessionVersion: 2, passwordHash: null });
    expect(await attemptSignIn(db, { email: editor.email, password: "the old long password", ip: null })).toMatchObject({ reason: "invalid" });

    const { token } = reset.value;
    expect(await completePasswordReset({ token, password: newPassword, confirmPassword: newPassword })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ sessionVersion: 3 });
    expect(await attemptSignIn(db, { email: editor.email, password: newPassword, ip: null })).toMatchObject({ ok: true });
    expect(await completePasswordReset({ token, password: newPassword, confirmPassword: newPassword })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("does not accept an invite link as a reset link", async () => {
    const admin = await makeUser("admin");
    const invite = await inviteUser(admin.principal, { email: "mixup@example.org", role: "editor" });
    if (!invite.ok) throw new Error("invite should succeed");
    expect(await completePasswordReset({ token: invite.value.token, password: newPassword, confirmPassword: newPassword })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});

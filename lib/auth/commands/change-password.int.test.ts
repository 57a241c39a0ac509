import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/users";

import { accountLimit } from "../throttle";

import { changeOwnPassword } from "./change-password";

// Issue 21, finding 5: the current-password check on "change password" was not throttled:
// fifteen guesses went through in 0.4 s. It now counts like sign-in does.

const current = "old correct horse saddle";
const next = { password: "brand new lantern ninety", confirmPassword: "brand new lantern ninety" };

describe("changing your own password", () => {
  it("throttles wrong current passwords, even fifteen sent at once, and then refuses the right one too", async () => {
    const user = await makeUser("editor", { password: current });
    const now = new Date();
    const guesses = await Promise.all(
      Array.from({ length: 15 }, (_, index) => changeOwnPassword(user.principal, { currentPassword: `guess number ${index}`, ...next }, now)),
    );
    const codes = guesses.map((result) => (result.ok ? "ok" : result.error.code));
    expect(codes.filter((code) => code === "validation")).toHaveLength(accountLimit.freeFailures);
    expect(codes.filter((code) => code === "rate_limited")).toHaveLength(15 - accountLimit.freeFailures);

    const right = await changeOwnPassword(user.principal, { currentPassword: current, ...next }, now);
    expect(right).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringMatching(/^Too many wrong current passwords\. Wait \d+ seconds/) } });
    expect(await db.auditLog.count({ where: { action: "user.passwordChanged", entityId: user.id } })).toBe(0);

    const later = new Date(now.getTime() + accountLimit.baseDelaySeconds * 1000);
    expect(await changeOwnPassword(user.principal, { currentPassword: current, ...next }, later)).toMatchObject({ ok: true });
  });

  it("counts against the signed-in account only, not its sign-in", async () => {
    const user = await makeUser("editor", { password: current });
    await changeOwnPassword(user.principal, { currentPassword: "a wrong guess", ...next });
    expect(await db.loginThrottle.findUnique({ where: { key: `reauth:${user.id}` } })).toMatchObject({ failures: 1 });
    expect(await db.loginThrottle.findUnique({ where: { key: `email:${user.email}` } })).toBeNull();
  });
});

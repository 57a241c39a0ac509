import { randomBytes } from "node:crypto";

import { hashToken as hashLinkToken, newToken as newLinkToken } from "@/lib/alerts/tokens";
import { newToken } from "@/lib/auth/tokens";

import { expect, test } from "../auth-fixtures";

import { writableFingerprint } from "./fingerprint";
import { actionId, renderedForm, withFills } from "./forms";
import { isThisSite, makeAccount, send, sessionsFor, signIn, sitePath, type Session } from "./subjects";

// Sessions and sign-in over real HTTP against the production build: what the unit and
// integration tests prove of the parts, proven of the whole.

const anonymous: Session = { subject: "anonymous", cookie: "", userId: null };
const as = (cookie: string): Session => ({ subject: "editor", cookie, userId: null });

/** Who Auth.js says a cookie belongs to; null when it is no session at all. */
async function sessionEmail(baseURL: string, cookie: string): Promise<string | null> {
  const answer = await send(baseURL, as(cookie), "GET", "/api/auth/session");
  const session = JSON.parse(answer.body) as { user?: { email?: string } } | null;
  return session?.user?.email ?? null;
}

function sessionToken(cookie: string): string | undefined {
  return /(?:^|; )authjs\.session-token=([^;]+)/.exec(cookie)?.[1];
}

/** Post Auth.js's credentials form as a browser would, with its CSRF token; returns its Location header as sent. */
async function credentialsPost(baseURL: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: baseURL, "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ ...fields, csrfToken }).toString(),
  });
  return response.headers.get("location") ?? `(status ${response.status})`;
}

const WRONG = "/login?error=CredentialsSignin&code=credentials";

test.describe("session fixation", () => {
  test("a cookie planted before sign-in is not the one after it", async ({ page, db, baseURL }) => {
    const account = await makeAccount(db, "editor");
    const planted = randomBytes(48).toString("base64url");
    await page.context().addCookies([{ name: "authjs.session-token", value: planted, url: baseURL ?? "", httpOnly: true, sameSite: "Lax" }]);
    await page.goto("/login");
    await page.getByLabel("Email address").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    const issued = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token")?.value;
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
  });

  test("signing in over someone else's planted session issues a new one; the planted one stays theirs", async ({ browser, db, baseURL }) => {
    const base = baseURL ?? "";
    const attacker = await makeAccount(db, "editor");
    const victim = await makeAccount(db, "editor");
    const planted = `authjs.session-token=${sessionToken(await signIn(base, attacker))}`;
    const id = actionId("app/(account)/login/actions.ts", "signInAction");
    const form = await renderedForm(browser, base, anonymous, "/login", id, undefined, undefined);

    const answer = await send(base, as(planted), "POST", "/login", {
      headers: { origin: base },
      body: withFills(form, { email: victim.email, password: victim.password }),
    });
    expect(answer.status).toBe(303);
    const issued = answer.headers.getSetCookie().map((line) => line.split(";")[0] ?? "").find((pair) => pair.startsWith("authjs.session-token="));
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    expect(await sessionEmail(base, issued ?? "")).toBe(victim.email);
    expect(await sessionEmail(base, planted)).toBe(attacker.email);
  });

  test("a made-up session cookie is no session", async ({ baseURL }) => {
    expect(await sessionEmail(baseURL ?? "", `authjs.session-token=${randomBytes(48).toString("base64url")}`)).toBeNull();
    const answer = await send(baseURL ?? "", as(`authjs.session-token=${randomBytes(48).toString("base64url")}`), "GET", "/admin");
    expect(answer.location).toBe("/login?callbackUrl=%2Fadmin");
  });
});

test.describe("revoked sessions", () => {
  test("signing out with the button ends the session: the cookie copied before it is refused afterwards", async ({ page, login, db, baseURL }) => {
    const base = baseURL ?? "";
    const editor = await login({ role: "editor" });
    const copied = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    expect(await sessionEmail(base, copied)).toBe(editor.email);

    await page.goto("/admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?notice=signed-out/);

    expect(await sessionEmail(base, copied)).toBeNull();
    expect((await send(base, as(copied), "GET", "/admin/bills")).location).toBe("/login?callbackUrl=%2Fadmin%2Fbills");
    expect(await db.auditLog.count({ where: { action: "user.signedOut", entityId: editor.id } })).toBe(1);
  });

  test("changing your password ends the sessions copied before, and keeps the browser that changed it signed in", async ({ page, login, baseURL }) => {
    const base = baseURL ?? "";
    const editor = await login({ role: "editor" });
    const copied = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");

    await page.goto("/admin/account");
    await page.getByLabel("Current password").fill(editor.password);
    await page.getByLabel("New password", { exact: true }).fill("quartz meadow lantern eleven");
    await page.getByLabel("Type the new password again").fill("quartz meadow lantern eleven");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password is changed.");

    expect(await sessionEmail(base, copied)).toBeNull();
    const current = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    expect(await sessionEmail(base, current)).toBe(editor.email);
  });

  test("a role change, a reset and a deactivation each end a session copied before", async ({ db, baseURL }) => {
    const base = baseURL ?? "";
    const changes = [
      { role: "admin" as const },
      { passwordHash: null, sessionVersion: { increment: 1 } },
      { deactivatedAt: new Date() },
    ];
    for (const change of changes) {
      const editor = await makeAccount(db, "editor");
      const copied = await signIn(base, editor);
      expect(await sessionEmail(base, copied)).toBe(editor.email);
      // As the commands do it (lib/auth/commands/*): a role change bumps the version too.
      await db.user.update({ where: { id: editor.id }, data: { ...change, ...("role" in change ? { sessionVersion: { increment: 1 } } : {}) } });
      expect(await sessionEmail(base, copied), JSON.stringify(change)).toBeNull();
    }
  });
});

test.describe("signing in", () => {
  test("answers an unknown address, a wrong password and a deactivated account's wrong password identically", async ({ db, baseURL }) => {
    const base = baseURL ?? "";
    const editor = await makeAccount(db, "editor");
    const switchedOff = await makeAccount(db, "editor");
    await db.user.update({ where: { id: switchedOff.id }, data: { deactivatedAt: new Date() } });
    const answers = new Set([
      await credentialsPost(base, { email: `nobody-${randomBytes(4).toString("hex")}@example.org`, password: "a wrong guess here" }),
      await credentialsPost(base, { email: editor.email, password: "a wrong guess here" }),
      await credentialsPost(base, { email: switchedOff.email, password: "a wrong guess here" }),
    ]);
    expect([...answers].map((location) => sitePath(base, location))).toEqual([WRONG]);
  });

  test("throttles one client address guessing many accounts, without locking out other addresses", async ({ db, baseURL }) => {
    const base = baseURL ?? "";
    const editor = await makeAccount(db, "editor");
    const guesser = { "x-forwarded-for": `198.51.100.${1 + (randomBytes(1)[0] ?? 0) % 250}` };
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const location = await credentialsPost(base, { email: `guess-${attempt}-${randomBytes(3).toString("hex")}@example.org`, password: "a wrong guess here" }, guesser);
      expect(sitePath(base, location)).toBe(WRONG);
    }
    const rightPassword = { email: editor.email, password: editor.password, callbackUrl: "/admin" };
    expect(await credentialsPost(base, rightPassword, guesser)).toMatch(/code=throttled-\d+/);
    expect(sitePath(base, await credentialsPost(base, rightPassword, { "x-forwarded-for": "192.0.2.200" }))).toBe("/admin");
  });
});

test.describe("open redirects through callbackUrl", () => {
  const callbacks = [
    "https://evil.example/steal",
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    " //evil.example",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "https:evil.example",
    "javascript:alert(document.domain)",
    "http://127.0.0.1@evil.example/",
    "/login?callbackUrl=https://evil.example",
  ];

  /** A Location header, as sent, that a browser resolves to this site. */
  function expectOnSite(baseURL: string, location: string | null, callback: string): void {
    expect(location, callback).not.toBeNull();
    // Node's URL parser is the browsers' (WHATWG): it drops tabs and reads "\\" as "/" the same way.
    const url = new URL(location ?? "", baseURL);
    expect(isThisSite(baseURL, url), `${callback} → ${location}`).toBe(true);
  }

  test("addresses whose path looks like another host are tidied up on this site", async ({ baseURL }) => {
    const base = baseURL ?? "";
    for (const path of ["//evil.example/x", "//evil.example/x/", "/%2F%2Fevil.example/", "/\\evil.example/"]) {
      const answer = await send(base, anonymous, "GET", path);
      expect(answer.status, path).toBe(308);
      expectOnSite(base, answer.rawLocation, path);
    }
  });

  test("the sign-in page sends a signed-in user only to a path on this site", async ({ db, baseURL }) => {
    const base = baseURL ?? "";
    const cookie = await signIn(base, await makeAccount(db, "editor"));
    for (const callback of callbacks) {
      const answer = await send(base, as(cookie), "GET", `/login?callbackUrl=${encodeURIComponent(callback)}`);
      expect(answer.status, callback).toBe(307);
      expectOnSite(base, answer.rawLocation, callback);
    }
  });

  test("the sign-in form, posted without JavaScript, goes back only to a path on this site", async ({ browser, db, baseURL }) => {
    const base = baseURL ?? "";
    const account = await makeAccount(db, "editor");
    const id = actionId("app/(account)/login/actions.ts", "signInAction");
    const entries = await renderedForm(browser, base, anonymous, "/login", id, undefined, undefined);
    for (const callback of callbacks) {
      const answer = await send(base, anonymous, "POST", "/login", {
        headers: { origin: base },
        body: withFills(entries, { email: account.email, password: account.password, callbackUrl: callback }),
      });
      expect(answer.status, callback).toBe(303);
      expectOnSite(base, answer.rawLocation, callback);
    }
  });

  test("Auth.js's own endpoint keeps the callback on this site too", async ({ db, baseURL }) => {
    const base = baseURL ?? "";
    const account = await makeAccount(db, "editor");
    for (const callback of callbacks) {
      expectOnSite(base, await credentialsPost(base, { email: account.email, password: account.password, callbackUrl: callback }), callback);
    }
  });
});

test.describe("writes from another site", () => {
  const foreign: Record<string, string>[] = [
    { origin: "https://evil.example" },
    { origin: "null" },
    { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
    { "sec-fetch-site": "cross-site" },
  ];

  test("a real server action, posted from another site with an editor's cookie, is refused and writes nothing", async ({ browser, db, baseURL }) => {
    const base = baseURL ?? "";
    const { editor } = await sessionsFor(base, db);
    const id = actionId("app/admin/bills/actions.ts", "createBillAction");
    const entries = await renderedForm(browser, base, editor, "/admin/bills/new", id, undefined, "save");
    const slug = `forged-${randomBytes(4).toString("hex")}`;
    const fields = { slug, shortTitle: "Forged Act", title: "The Forged Act", jurisdiction: "us", session: "119th Congress", summary: "Forged." };
    for (const headers of foreign) {
      const before = await writableFingerprint(db);
      const answer = await send(base, editor, "POST", "/admin/bills/new", { headers, body: withFills(entries, fields) });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(await writableFingerprint(db)).toEqual(before);
    }
    // The same post from this site goes through, so the refusals above are the origin's doing.
    const answer = await send(base, editor, "POST", "/admin/bills/new", { headers: { origin: base }, body: withFills(entries, fields) });
    expect(answer.status).toBe(303);
    const made = await db.bill.findUniqueOrThrow({ where: { slug } });
    await db.bill.delete({ where: { id: made.id } });
  });

  test("API writes from another site are refused: unsubscribe, sign-out and sign-in", async ({ db, baseURL }) => {
    const base = baseURL ?? "";
    const token = newLinkToken();
    const email = `reader-${randomBytes(4).toString("hex")}@example.org`;
    const subscription = await db.subscription.create({
      data: { email, mailbox: email, confirmedAt: new Date(), unsubscribeTokenHashes: [hashLinkToken(token)], confirmTokenHash: null },
    });
    const account = await makeAccount(db, "editor");
    const cookie = await signIn(base, account);
    const csrf = await send(base, as(cookie), "GET", "/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const writes = [
      { path: `/api/alerts/unsubscribe?token=${token}`, body: "List-Unsubscribe=One-Click" },
      { path: "/api/auth/signout", body: new URLSearchParams({ csrfToken }).toString() },
      { path: "/api/auth/callback/credentials", body: new URLSearchParams({ email: account.email, password: account.password, csrfToken }).toString() },
    ];
    for (const write of writes) {
      for (const headers of foreign) {
        const answer = await send(base, as(cookie), "POST", write.path, {
          headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
          body: write.body,
        });
        expect(answer.status, `${write.path} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    expect(await db.subscription.findUnique({ where: { id: subscription.id } })).not.toBeNull();
    expect(await sessionEmail(base, cookie)).toBe(account.email);
    await db.subscription.delete({ where: { id: subscription.id } });
  });

  test("a mail program's one-click unsubscribe, which sends no Origin, still works", async ({ db, baseURL }) => {
    const token = newLinkToken();
    const email = `reader-${randomBytes(4).toString("hex")}@example.org`;
    await db.subscription.create({
      data: { email, mailbox: email, confirmedAt: new Date(), unsubscribeTokenHashes: [hashLinkToken(token)], confirmTokenHash: hashLinkToken(newLinkToken()) },
    });
    const answer = await send(baseURL ?? "", anonymous, "POST", `/api/alerts/unsubscribe?token=${token}`, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(answer.status).toBe(200);
    expect(await db.subscription.count({ where: { email } })).toBe(0);
  });
});

test.describe("invite and reset links", () => {
  const password = { password: "ember willow compass ninety", confirmPassword: "ember willow compass ninety" };
  const links = [
    { kind: "invite" as const, page: "/invite", file: "app/(account)/invite/[token]/actions.ts", name: "acceptInviteAction", done: "/login?notice=ready" },
    {
      kind: "password_reset" as const,
      page: "/reset-password",
      file: "app/(account)/reset-password/[token]/actions.ts",
      name: "completeResetAction",
      done: "/login?notice=reset",
    },
  ];

  for (const link of links) {
    test(`a ${link.kind.replace("_", " ")} link works once, and not once used or expired`, async ({ browser, db, baseURL }) => {
      const base = baseURL ?? "";
      const email = (await makeAccount(db, "editor")).email;
      const owner = link.kind === "invite" ? `invitee-${randomBytes(4).toString("hex")}@example.org` : email;
      const make = async (expiresAt: Date) => {
        const { token, tokenHash } = newToken();
        await db.userToken.create({ data: { kind: link.kind, email: owner, tokenHash, role: "editor", expiresAt } });
        return token;
      };
      const id = actionId(link.file, link.name);
      const token = await make(new Date(Date.now() + 60 * 60 * 1000));
      const form = await renderedForm(browser, base, anonymous, `${link.page}/${token}`, id, undefined, undefined);
      const post = (path: string, fields: Record<string, string>) =>
        send(base, anonymous, "POST", path, { headers: { origin: base }, body: withFills(form, { ...password, ...fields }) });

      const first = await post(`${link.page}/${token}`, {});
      expect(first.status).toBe(303);
      expect(first.location?.startsWith(link.done)).toBe(true);

      // Used: the page says so, and replaying the form changes nothing.
      expect((await send(base, anonymous, "GET", `${link.page}/${token}`)).body).toContain("cannot be used");
      let before = await writableFingerprint(db);
      const again = await post(`${link.page}/${token}`, {});
      expect(again.status).toBe(200);
      expect(again.body).toContain("has expired or has already been used");
      expect(await writableFingerprint(db)).toEqual(before);

      // Expired: the same, for a link that was never used.
      const expired = await make(new Date(Date.now() - 1000));
      expect((await send(base, anonymous, "GET", `${link.page}/${expired}`)).body).toContain("cannot be used");
      before = await writableFingerprint(db);
      const late = await post(`${link.page}/${expired}`, { token: expired });
      expect(late.body).toContain("has expired or has already been used");
      expect(await writableFingerprint(db)).toEqual(before);
    });
  }
});

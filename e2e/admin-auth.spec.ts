import { errorSummary, expect, signInThroughApi, test } from "./auth-fixtures";

const WRONG = "The email address or password is not right. Check them and try again.";

test.describe("signing in", () => {
  test("signs in with email and password and returns to the page that asked", async ({ page, account }) => {
    const editor = await account("editor");
    await page.goto("/admin/bills");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fbills$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.getByLabel("Email address").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/bills$/);
    await expect(page.getByRole("heading", { level: 1, name: "Bills" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(`${editor.email} (Editor)`);
  });

  test("answers a wrong password and an unknown address alike, keeping the address but not the password", async ({ page, account }) => {
    const editor = await account("editor");
    await page.goto("/login");
    await page.getByLabel("Email address").fill(editor.email);
    await page.getByLabel("Password").fill("definitely not it");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText(WRONG);
    await expect(page.getByLabel("Email address")).toHaveValue(editor.email);
    await expect(page.getByLabel("Password")).toHaveValue("");

    await page.getByLabel("Email address").fill("nobody-here@example.org");
    await page.getByLabel("Password").fill("definitely not it");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText(WRONG);
    await expect(page).toHaveURL(/\/login/);
  });

  test("throttles an account after repeated failures, even with the right password", async ({ page, account }) => {
    const editor = await account("editor");
    await page.goto("/login");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel("Email address").fill(editor.email);
      await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(errorSummary(page)).toContainText(WRONG);
      // Wait for the form to settle before the next attempt.
      await expect(page.getByLabel("Password")).toHaveValue("");
    }
    await page.getByLabel("Email address").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText("Too many failed attempts to sign in. Wait 30 seconds, then try again.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("never follows a callback address outside the site", async ({ page, account }) => {
    const editor = await account("editor");
    for (const callback of ["https://evil.example/steal", "//evil.example/x", "/\\evil.example"]) {
      await page.context().clearCookies();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(callback)}`);
      await page.getByLabel("Email address").fill(editor.email);
      await page.getByLabel("Password").fill(editor.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
    }
  });

  test("signs out", async ({ page, login }) => {
    await login({ role: "editor" });
    await page.goto("/admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?notice=signed-out/);
    await expect(page.getByRole("status")).toContainText("You have signed out.");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });

  test("makes someone with a one-time password choose a new one before anything else", async ({ page, account }) => {
    const admin = await account("admin", { oneTime: true });
    expect(admin.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await page.goto("/login");
    await page.getByLabel("Email address").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    // One redirect, straight to the password form: not to /admin, whose own redirect during the
    // action's render once left only the header on screen.
    const signIn = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    expect((await signIn).headers()["x-action-redirect"]).toMatch(/^\/admin\/account(;|$)/);
    await expect(page).toHaveURL(/\/admin\/account$/);
    await expect(page.getByRole("alert").filter({ hasText: "Choose a new password before you continue." })).toBeVisible();
    await expect(page.getByLabel("Current password")).toBeVisible();
    await page.goto("/admin/bills");
    await expect(page).toHaveURL(/\/admin\/account$/);

    await page.getByLabel("Current password").fill(admin.password);
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByLabel("Type the new password again").fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(errorSummary(page)).toContainText("Use at least 12 characters");
    // What was right stays typed; what was wrong is cleared to type again.
    await expect(page.getByLabel("Current password")).toHaveValue(admin.password);
    await expect(page.getByLabel("New password", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Type the new password again")).toHaveValue("");

    await page.getByLabel("New password", { exact: true }).fill("harbour lantern violet forty");
    await page.getByLabel("Type the new password again").fill("harbour lantern violet forty");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password is changed.");
    await page.getByRole("link", { name: "Bills", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bills" })).toBeVisible();
  });
});

test("a signed-in session cookie is HttpOnly and SameSite=Lax, and Secure behind HTTPS", async ({ page, account }) => {
  const editor = await account("editor");
  const csrf = await page.request.get("/api/auth/csrf", { headers: { "x-forwarded-proto": "https" } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    headers: { "x-forwarded-proto": "https" },
    form: { email: editor.email, password: editor.password, csrfToken, callbackUrl: "/admin" },
    maxRedirects: 0,
  });
  const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);
  const session = cookies.find((cookie) => cookie.startsWith("__Secure-authjs.session-token="));
  expect(session).toBeDefined();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).toMatch(/;\s*Secure/i);

  await page.context().clearCookies();
  await signInThroughApi(page, editor);
  const plain = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token");
  expect(plain).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
});

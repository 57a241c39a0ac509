import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import type { Locator, Page } from "@playwright/test";

import { PrismaClient } from "@/lib/db/generated/client";
import { createBill, type NewBill } from "@/prisma/seed/factories";

import { expect, test as base } from "./fixtures";
import { introducedInSenate } from "./introduced-event";
import { e2eDatabaseUrl } from "./state";

// Fixtures for back-office tests: accounts created directly in the app's database (through the
// same `npm run user:create` script operators use), signing in, and bills made by the seed's
// factory. Every test gets fresh accounts and bills, so tests never share state.

export type Role = "admin" | "editor";

export interface Account {
  id: string;
  email: string;
  password: string;
  role: Role;
}

/** Run `npm run user:create`; without a password it prints a one-time one, which is returned. */
function runUserCreate(email: string, role: Role, password: string | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ["--conditions=react-server", "--import", "tsx", "scripts/user-create.ts", "--email", email, "--role", role];
    const child = spawn(process.execPath, password === null ? args : [...args, "--password-stdin"], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(password === null ? "" : `${password}\n`);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`user:create failed: ${output}`));
      const printed = /One-time password \(must be changed at first sign-in\): (\S+)/.exec(output)?.[1];
      resolve(password ?? printed ?? "");
    });
  });
}

/** The form's error summary (Next.js's route announcer is an alert too, so match ours by its heading). */
export function errorSummary(page: Page): Locator {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
}

/** Sign `page`'s browser context in through Auth.js's own endpoint (the UI is tested separately). */
export async function signInThroughApi(page: Page, account: Pick<Account, "email" | "password">): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email: account.email, password: account.password, csrfToken, callbackUrl: "/admin" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).not.toContain("error");
}

interface AuthFixtures {
  /** An account of that role, not signed in; `oneTime` makes it start with a printed one-time password. */
  account: (role: Role, options?: { oneTime?: boolean }) => Promise<Account>;
  /** An account of that role, signed in on the test's page. */
  login: (options: { role: Role }) => Promise<Account>;
  /** A bill made directly in the database; drafts by default. Removed after the test. */
  makeBill: (overrides?: Partial<NewBill>) => Promise<{ id: string; slug: string; shortTitle: string }>;
  /** Remove this bill (made through the UI) after the test, so later specs see only the launch content. */
  removeAfterTest: (billId: string) => void;
  db: PrismaClient;
}

export const test = base.extend<AuthFixtures>({
  db: async ({}, use) => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
    await use(client);
    await client.$disconnect();
  },
  account: async ({ db }, use) => {
    await use(async (role, options = {}) => {
      const email = `${role}-${randomBytes(5).toString("hex")}@example.org`;
      const password = await runUserCreate(email, role, options.oneTime ? null : `e2e ${randomBytes(6).toString("hex")} passphrase`);
      const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      return { id: user.id, email, password, role };
    });
  },
  login: async ({ account, page }, use) => {
    await use(async ({ role }) => {
      const created = await account(role);
      await signInThroughApi(page, created);
      return created;
    });
  },
  removeAfterTest: async ({ db }, use) => {
    const ids: string[] = [];
    await use((billId) => ids.push(billId));
    await removeBills(db, ids);
  },
  makeBill: async ({ db, removeAfterTest }, use) => {
    await use(async (overrides = {}) => {
      const suffix = randomBytes(4).toString("hex");
      const bill = await db.$transaction((tx) =>
        createBill(tx, {
          slug: `e2e-bill-${suffix}`,
          shortTitle: `E2E Bill ${suffix}`,
          jurisdiction: "us",
          state: "draft",
          summary: "A bill made by a browser test.",
          events: [{ ...introducedInSenate }],
          ...overrides,
        }),
      );
      removeAfterTest(bill.id);
      return { id: bill.id, slug: bill.slug, shortTitle: bill.shortTitle };
    });
  },
});

/**
 * Delete test bills (their history, key dates and revisions go with them) and tell every
 * instance, as a command would, so no cached page keeps showing them.
 */
export async function removeBills(db: PrismaClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const bills = await db.bill.findMany({ where: { id: { in: ids } }, select: { slug: true } });
  await db.bill.deleteMany({ where: { id: { in: ids } } });
  const latest = await db.auditLog.aggregate({ _max: { id: true } });
  for (const { slug } of bills) {
    const notice = JSON.stringify({ kind: "test.cleanup", slug, auditId: latest._max.id ?? 1 });
    await db.$executeRaw`SELECT pg_notify('legislation', ${notice})`;
  }
}

export { expect };

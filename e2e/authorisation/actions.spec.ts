import { readFileSync } from "node:fs";

import type { Browser } from "@playwright/test";

import { expect, test } from "../auth-fixtures";

import { actionTable, type ActionRow } from "./actions";
import { writableFingerprint } from "./fingerprint";
import { actionsOnDisk } from "./on-disk";
import { makeAccount, send, sessionsFor, signIn, type Answer, type Session, type Subject } from "./subjects";

// The real attack on a server action: its id is in every page that renders its form, so anyone
// who has seen the page (or the build) can post it. An administrator loads each form without
// JavaScript, as rendered, and every other kind of caller replays it with their own cookies,
// same-origin. Callers the action is not for must be refused and leave every table as it was;
// callers it is for get it done (one audit row more).

/** The order matters: the allowed callers come last, since some actions end their own session. */
const replayOrder: readonly Subject[] = ["anonymous", "deactivated", "revoked", "editor", "admin"];

const REFUSALS = [
  "Sign in to do this.",
  "Your session has ended. Sign in again.",
  "Your role does not allow this.",
  "Only administrators can",
];

/** Which built action id is this export (the build under test maps ids to files and names). */
function actionId(row: ActionRow): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === row.file && entry.exportedName === row.name);
  if (!found) throw new Error(`${row.file}#${row.name} is not in the build's server-reference manifest: does a page render its form?`);
  return found[0];
}

/** The form that posts `id`, as the owner's browser renders it without JavaScript: every field it would send. */
async function renderedForm(
  browser: Browser,
  baseURL: string,
  owner: Session,
  path: string,
  id: string,
  pick: string | undefined,
  submit: string | undefined,
): Promise<[string, string][]> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    const cookies = owner.cookie
      .split("; ")
      .filter(Boolean)
      .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: baseURL }));
    await context.addCookies(cookies);
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status(), `the owner loads ${path}`).toBe(200);
    const entries = await page.evaluate(
      ([wanted, value, button]) => {
        for (const form of Array.from(document.forms)) {
          const fields = Array.from(new FormData(form).entries()).map(([name, field]) => [name, String(field)] as [string, string]);
          const ids = fields.flatMap(([name, field]) => {
            if (name.startsWith("$ACTION_ID_")) return [name.slice("$ACTION_ID_".length)];
            if (/^\$ACTION_\d+:0$/.test(name)) return [(JSON.parse(field) as { id: string }).id];
            return [];
          });
          if (!ids.includes(wanted)) continue;
          if (value && !fields.some(([, field]) => field === value)) continue;
          const submitter = form.querySelector<HTMLButtonElement>(button ? `button[type="submit"][value="${button}"]` : `button[type="submit"]`);
          return Array.from(new FormData(form, submitter).entries()).map(([name, field]) => [name, String(field)] as [string, string]);
        }
        return null;
      },
      [id, pick ?? "", submit ?? ""] as const,
    );
    if (!entries) throw new Error(`No form on ${path} posts ${id}${pick ? ` for ${pick}` : ""}`);
    return entries;
  } finally {
    await context.close();
  }
}

function withFills(entries: [string, string][], fills: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of entries) if (!(name in fills)) form.append(name, value);
  for (const [name, value] of Object.entries(fills)) form.append(name, value);
  return form;
}

function refused(answer: Answer): boolean {
  return answer.status === 403 || (answer.location ?? "").startsWith("/login") || REFUSALS.some((message) => answer.body.includes(message));
}

test("the action table has one row per export of every \"use server\" file", () => {
  const rows = actionTable.map((row) => `${row.file}#${row.name}`);
  expect(new Set(rows).size).toBe(rows.length);
  expect(rows.sort()).toEqual(actionsOnDisk());
});

for (const row of actionTable) {
  test(`${row.name} (${row.file}) replayed by each kind of caller`, async ({ browser, db, baseURL }) => {
    const base = baseURL ?? "";
    const id = actionId(row);
    const sessions = await sessionsFor(base, db);
    const owner: Session =
      row.owner === "admin"
        ? { subject: "admin", cookie: await signIn(base, await makeAccount(db, "admin")), userId: null }
        : sessions.anonymous;

    for (const subject of replayOrder) {
      const target = await row.prepare(db);
      const entries = await renderedForm(browser, base, owner, target.path, id, target.pick, row.submit);
      const body = withFills(entries, { ...row.fill?.(), ...target.fill });
      const before = await writableFingerprint(db);
      const written = await db.auditLog.count({ where: { action: row.writes } });

      const answer = await send(base, sessions[subject], "POST", target.path, {
        headers: { origin: base, "sec-fetch-site": "same-origin" },
        body,
      });

      const seen = `${subject}: ${answer.status} ${answer.location ?? ""}`;
      if (row.allowed.includes(subject)) {
        expect(await db.auditLog.count({ where: { action: row.writes } }), seen).toBe(written + 1);
      } else if (row.nothingToDo?.includes(subject)) {
        expect(await writableFingerprint(db), seen).toEqual(before);
      } else {
        expect(refused(answer), seen).toBe(true);
        expect(await writableFingerprint(db), seen).toEqual(before);
      }
    }
  });
}

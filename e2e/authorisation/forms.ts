import { readFileSync } from "node:fs";

import { expect, type Browser } from "@playwright/test";

import type { Session } from "./subjects";

// Server-action forms as a browser without JavaScript renders and posts them.

/** Which built action id is this export (the build under test maps ids to files and names). */
export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  if (!found) throw new Error(`${file}#${name} is not in the build's server-reference manifest: does a page render its form?`);
  return found[0];
}

/** The form that posts `id`, as the owner's browser renders it without JavaScript: every field it would send. */
export async function renderedForm(
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

export function withFills(entries: [string, string][], fills: Record<string, string | File>): FormData {
  const form = new FormData();
  for (const [name, value] of entries) if (!(name in fills)) form.append(name, value);
  for (const [name, value] of Object.entries(fills)) form.append(name, value);
  return form;
}

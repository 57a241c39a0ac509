import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

import { normaliseEmail } from "@/lib/auth/email";
import { importTextVersion, importTextVersionAsOperator } from "@/lib/bill-text/commands/import-version";
import { textVersionKind } from "@/lib/bill-text/versions";
import { resetConfig } from "@/lib/config";
import { db, disconnectDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

import { fail, say, UsageError, withDatabase } from "./cli";

// npm run text:import -- --bill <slug> --version <code> --file <path>
//   [--date YYYY-MM-DD] [--source URL] [--replace] [--as <editor e-mail>]
// Goes through the same command as the back office. With --as, the named account must be an
// active editor or administrator and the audit log says it was them; without it, the audit log
// names the command line, as for npm run user:create.

const USAGE =
  "Usage: npm run text:import -- --bill <slug> --version <code> --file <path> [--date YYYY-MM-DD] [--source URL] [--replace] [--as <editor e-mail>]";

async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `There is no file at ${path}.` : `Cannot read ${path} (${code ?? "unknown error"}).`);
  }
}

async function principalOf(account: string) {
  const email = normaliseEmail(account);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true } });
  if (!user) throw new UsageError(`There is no account ${email}. Name an editor's account with --as, or leave --as out.`);
  return { userId: user.id, sessionVersion: user.sessionVersion };
}

try {
  const { values } = parseArgs({
    options: {
      bill: { type: "string" },
      version: { type: "string" },
      file: { type: "string" },
      as: { type: "string" },
      date: { type: "string" },
      source: { type: "string" },
      replace: { type: "boolean", default: false },
    },
  });
  if (!values.bill || !values.version || !values.file) throw new UsageError(USAGE);
  const raw = await readTextFile(values.file);

  await withDatabase(async (database) => {
    await migrate(database.url);
    // The command reads the database through the application's client, which takes its address from the configuration.
    process.env.DATABASE_URL = database.url;
    resetConfig();
    try {
      const input = { billSlug: values.bill, code: values.version, raw, versionDate: values.date, sourceUrl: values.source, replace: values.replace };
      const result = values.as ? await importTextVersion(await principalOf(values.as), input) : await importTextVersionAsOperator(input);
      if (!result.ok) {
        const detail = Object.values(result.error.fieldErrors ?? {}).flat()[0];
        throw new UsageError(detail ?? result.error.message);
      }
      const { outcome, name, code, parts, sha256, change } = result.value;
      if (outcome === "unchanged") say(`${name} (${code}) of ${values.bill} is already this file (SHA-256 ${sha256.slice(0, 12)}…): nothing to do.`);
      else say(`${outcome === "replaced" ? "Replaced" : "Imported"} ${name} (${code}) of ${values.bill}: ${parts} parts, SHA-256 ${sha256.slice(0, 12)}….`);
      if (change) say(`Compared with ${textVersionKind(change.comparedWithCode)?.name ?? "the earlier version"} (${change.comparedWithCode}): ${change.changeSummary}.`);
    } finally {
      await disconnectDb();
    }
  });
} catch (error) {
  fail(error);
}

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

import { normaliseEmail } from "@/lib/auth/email";
import { importTextVersion } from "@/lib/bill-text/commands/import-version";
import { resetConfig } from "@/lib/config";
import { db, disconnectDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

import { fail, say, UsageError, withDatabase } from "./cli";

// npm run text:import -- --bill <slug> --version <code> --file <path> --as <editor e-mail>
//   [--date YYYY-MM-DD] [--source URL] [--replace]
// Goes through the same command as the back office: the named account must be an active
// editor or administrator, and the audit log says it was them.

const USAGE =
  "Usage: npm run text:import -- --bill <slug> --version <code> --file <path> --as <editor e-mail> [--date YYYY-MM-DD] [--source URL] [--replace]";

async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `There is no file at ${path}.` : `Cannot read ${path} (${code ?? "unknown error"}).`);
  }
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
  if (!values.bill || !values.version || !values.file || !values.as) throw new UsageError(USAGE);
  const raw = await readTextFile(values.file);
  const email = normaliseEmail(values.as);

  await withDatabase(async (database) => {
    await migrate(database.url);
    // The command reads the database through the application's client, which takes its address from the configuration.
    process.env.DATABASE_URL = database.url;
    resetConfig();
    try {
      const user = await db.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true } });
      if (!user) throw new UsageError(`There is no account ${email}. Name an editor's account with --as.`);
      const result = await importTextVersion(
        { userId: user.id, sessionVersion: user.sessionVersion },
        { billSlug: values.bill, code: values.version, raw, versionDate: values.date, sourceUrl: values.source, replace: values.replace },
      );
      if (!result.ok) {
        const detail = Object.values(result.error.fieldErrors ?? {}).flat()[0];
        throw new UsageError(detail ?? result.error.message);
      }
      const { outcome, name, code, parts, sha256 } = result.value;
      if (outcome === "unchanged") say(`${name} (${code}) of ${values.bill} is already this file (SHA-256 ${sha256.slice(0, 12)}…): nothing to do.`);
      else say(`${outcome === "replaced" ? "Replaced" : "Imported"} ${name} (${code}) of ${values.bill}: ${parts} parts, SHA-256 ${sha256.slice(0, 12)}….`);
    } finally {
      await disconnectDb();
    }
  });
} catch (error) {
  fail(error);
}

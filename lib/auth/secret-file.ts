import "server-only";

import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// Auth.js signs and encrypts session cookies with AUTH_SECRET. So that `npm start` needs no
// configuration, the launcher makes one on first start and keeps it next to the database
// folder, readable by its owner only. Several instances must share one: set AUTH_SECRET.

const AUTH_SECRET_FILE = "auth-secret";

/** Where the generated secret lives: beside PGDATA_DIR, e.g. .data/auth-secret. */
export function authSecretPath(pgDataDir: string): string {
  return path.join(path.dirname(path.resolve(pgDataDir)), AUTH_SECRET_FILE);
}

/** Read the stored secret, creating it (mode 0600) on first use; returns it and whether it is new. */
export async function ensureAuthSecret(file: string): Promise<{ secret: string; created: boolean }> {
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": of two instances starting at once, one writes and the other reads what it wrote.
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return { secret, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const stored = (await readFile(file, "utf8")).trim();
  if (stored.length < 32) {
    throw new Error(`${file} does not hold a usable secret. Delete it to have a new one made (everyone will be signed out).`);
  }
  // Someone may have copied it with looser permissions; it protects every session.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return { secret: stored, created: false };
}

import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { authSecretPath, ensureAuthSecret } from "./secret-file";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the generated AUTH_SECRET", () => {
  it("lives beside the database folder", () => {
    expect(authSecretPath(".data/postgres")).toBe(path.resolve(".data/auth-secret"));
  });

  it("is created once with mode 0600 and then reused", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "auth-secret-"));
    const file = path.join(dir, "nested", "auth-secret");
    const first = await ensureAuthSecret(file);
    expect(first.created).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(43);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await ensureAuthSecret(file)).toEqual({ secret: first.secret, created: false });
  });

  it("tightens a copy with loose permissions, and refuses an empty file", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "auth-secret-"));
    const file = path.join(dir, "auth-secret");
    await writeFile(file, "x".repeat(40));
    await chmod(file, 0o644);
    expect((await ensureAuthSecret(file)).secret).toBe("x".repeat(40));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await writeFile(file, "\n");
    await expect(ensureAuthSecret(file)).rejects.toThrow(/does not hold a usable secret/);
    expect(await readFile(file, "utf8")).toBe("\n");
  });
});

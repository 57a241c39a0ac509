import "server-only";

import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum parameters: 19 MiB of memory, 2 iterations, 1 lane.
// @node-rs/argon2's default algorithm is argon2id (Algorithm.Argon2id = 2); const enums cannot
// be imported under isolatedModules, so the number is spelled out.
const ARGON2ID = 2;
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` matches `storedHash`. With no stored hash (unknown account, or a password
 * that was reset) it still runs one full verification against a dummy hash, so the answer
 * takes as long whether or not the account exists.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword("not-a-real-password-just-for-timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash must not lock the check open.
    return false;
  }
}

import "server-only";

import { createHash, randomBytes, randomInt } from "node:crypto";

// Invite and reset links carry a random token; only its SHA-256 is stored, so a copy of the
// database cannot be used to take over an account.

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A readable one-time password for bootstrapped accounts: 4 groups of 5 letters and digits. */
export function oneTimePassword(): string {
  // No 0/O or 1/l/I, so it can be read off a terminal and typed.
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const chars = Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 5, 10, 15].map((start) => chars.slice(start, start + 5).join("")).join("-");
}

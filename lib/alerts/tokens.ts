import "server-only";

import { createHash, randomBytes } from "node:crypto";

// Capability tokens in links (confirm, unsubscribe) and webhook secrets.

const TOKEN_BYTES = 32;

/** A random token for a link: 43 URL-safe characters. */
export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a single-use token: its SHA-256, so a leaked table confirms nothing. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A Standard Webhooks secret: "whsec_" and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

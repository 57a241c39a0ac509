import { z } from "zod";

// Text that PostgreSQL can store. JavaScript strings can hold two things it refuses: the NUL
// character (in text, and as \u0000 in jsonb) and a lone UTF-16 surrogate, half of an emoji cut
// in two (refused in jsonb, where every change's audit row goes; in text it would silently turn
// into U+FFFD). Input schemas refuse both with a message, so the write never fails halfway.
// No Prisma here: forms import this.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT =
  "This contains a hidden character that cannot be saved (a null character or half of an emoji). Retype it, or paste it as plain text.";

export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/** The storable characters of `value`: for search terms, where dropping them is kinder than refusing. */
export function storableText(value: string): string {
  return value.replaceAll("\u0000", "").replace(new RegExp(LONE_SURROGATE.source, "g"), "");
}

/** `z.string()` that refuses text PostgreSQL cannot store; use it for every string that reaches the database. */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, { error: UNSTORABLE_TEXT });
}

/** The largest value of a PostgreSQL `integer` column (versions, revision numbers, outbox ids). */
export const INT4_MAX = 2_147_483_647;

import "server-only";

import { createHmac } from "node:crypto";

import { derivedKey } from "@/lib/keys";

import { hashToken } from "./tokens";

// The token in a subscription's unsubscribe links. The database keeps only hashes of tokens
// (Subscription.unsubscribeTokenHashes), so the token is derived from AUTH_SECRET when an e-mail
// is written: a copy of the database alone cannot unsubscribe anyone. Should AUTH_SECRET
// change, new e-mails carry a new token and its hash joins the list, so the links in e-mails
// already sent keep working.

/** The token for this subscription's links: 43 URL-safe characters, like every link token. */
export function unsubscribeTokenFor(subscriptionId: string): string {
  return createHmac("sha256", derivedKey("unsubscribe-link")).update(subscriptionId).digest("base64url");
}

/** The token and the hash the subscription must hold for it to work. */
export function unsubscribeLink(subscriptionId: string): { token: string; hash: string } {
  const token = unsubscribeTokenFor(subscriptionId);
  return { token, hash: hashToken(token) };
}

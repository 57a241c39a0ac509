/**
 * The client's address for throttling: the last entry of X-Forwarded-For, which is the one
 * added by the nearest proxy (or by Next.js itself from the socket when there is no proxy).
 * Earlier entries are whatever the client chose to send.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 64) : null;
}

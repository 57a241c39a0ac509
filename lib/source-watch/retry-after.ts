// Retry-After (RFC 9110 §10.2.3): a number of seconds, or an HTTP date.

/** How long the server asked us to wait, in milliseconds, or null if it did not say (or said nonsense). */
export function retryAfterMs(value: string | null, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

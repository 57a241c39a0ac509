// When a failed delivery is tried again: 1, 2, 4, 8 … minutes after each failure, at most six
// hours apart, and given up after MAX_ATTEMPTS (about eight and a half hours in all), which rides out a
// receiver's deploy or an SMTP server's restart without retrying forever.

export const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/** Delay before the next try, after `attempts` failed tries (1 or more). */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

// When a source is polled next. After a success: one interval on. After failures in a row: the
// interval doubled for each (a flaky API is asked less, not more), at most a day apart, and never
// sooner than the server's Retry-After. A source that is gone (404, 410) is asked again daily,
// in case it was a mistake, until an editor removes it.

const DAY_MS = 24 * 60 * 60 * 1000;

export function nextPollDelayMs(input: { intervalMs: number; failures: number; retryAfterMs: number | null; gone: boolean }): number {
  if (input.gone) return Math.max(DAY_MS, input.retryAfterMs ?? 0);
  const backoff = input.failures === 0 ? input.intervalMs : Math.min(input.intervalMs * 2 ** input.failures, DAY_MS);
  return Math.max(backoff, input.retryAfterMs ?? 0);
}

import "server-only";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { log } from "@/lib/log";

import { nextPollDelayMs } from "./backoff";
import { FETCH_TIMEOUT_MS, fetchOfficial } from "./fetch";
import { enabledKinds, kindHandlers } from "./kinds";
import type { SourceWatchSettings } from "./settings";
import { enqueueSuggestionAlerts } from "./notify-editors";
import { storeSuggestions } from "./store";

// The poller: every instance runs one (./worker.ts), and each due source is polled by one of
// them. A poll claims the source's row with FOR UPDATE SKIP LOCKED and keeps that transaction
// open while it fetches, as the outbox worker does (decision 0007): another instance skips the
// row, and once the poll moves nextPollAt on and commits, the row is not due again for an
// interval. An instance that dies mid-poll releases the row with its connection, and the next
// instance polls it. See docs/decisions/0019-source-watch.md.

type Tx = Prisma.TransactionClient;

export interface PollerDeps {
  settings: SourceWatchSettings;
  now: () => Date;
}

export type PollResult = "idle" | "polled" | "unchanged" | "failed" | "rate_limited";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Count one request to `host` in its current hour, shared by every instance; null if the hour's
 * allowance is spent, else nothing. Its own statement outside the poll's transaction, so that
 * the host's row is locked only for an instant, not while the request runs.
 */
async function reserveRequest(database: Database, host: string, limit: number, now: Date): Promise<{ retryAt: Date } | null> {
  const windowStart = new Date(now.getTime() - HOUR_MS);
  const [row] = await database.$queryRaw<{ requests: number; windowStartedAt: Date }[]>`
    INSERT INTO "SourceWatchHost" ("host", "windowStartedAt", "requests") VALUES (${host}, ${now}, 1)
    ON CONFLICT ("host") DO UPDATE SET
      "requests" = CASE WHEN "SourceWatchHost"."windowStartedAt" <= ${windowStart} THEN 1 ELSE "SourceWatchHost"."requests" + 1 END,
      "windowStartedAt" = CASE WHEN "SourceWatchHost"."windowStartedAt" <= ${windowStart} THEN ${now} ELSE "SourceWatchHost"."windowStartedAt" END
    RETURNING "requests", "windowStartedAt"`;
  if (!row || row.requests <= limit) return null;
  return { retryAt: new Date(row.windowStartedAt.getTime() + HOUR_MS) };
}

async function recordFailure(tx: Tx, source: { id: string; failures: number }, now: Date, message: string, intervalMs: number, extra: { retryAfterMs?: number | null; gone?: boolean } = {}) {
  const failures = source.failures + 1;
  await tx.watchedSource.update({
    where: { id: source.id },
    data: {
      failures,
      lastPolledAt: now,
      lastErrorAt: now,
      lastError: message,
      nextPollAt: new Date(now.getTime() + nextPollDelayMs({ intervalMs, failures, retryAfterMs: extra.retryAfterMs ?? null, gone: extra.gone ?? false })),
    },
  });
}

/** Claim and poll the source that has been due longest, if any. */
export async function pollNext(database: Database, deps: PollerDeps): Promise<PollResult> {
  const kinds = enabledKinds(deps.settings);
  if (kinds.length === 0) return "idle";
  const now = deps.now();
  const { intervalMs } = deps.settings;
  return database.$transaction(
    async (tx) => {
      const [claimed] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "WatchedSource"
        WHERE "active" AND "nextPollAt" <= ${now} AND "kind"::text = ANY(${kinds})
        ORDER BY "nextPollAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!claimed) return "idle";
      const source = await tx.watchedSource.findUniqueOrThrow({ where: { id: claimed.id } });
      const handler = kindHandlers[source.kind];
      const fields = { sourceId: source.id, kind: source.kind, identifier: source.identifier };
      const request = handler.request(source, deps.settings);
      if (typeof request === "string") {
        await recordFailure(tx, source, now, request, intervalMs);
        return "failed";
      }
      const limited = await reserveRequest(database, new URL(request.url).host, request.hourlyLimit, now);
      if (limited) {
        await tx.watchedSource.update({ where: { id: source.id }, data: { nextPollAt: limited.retryAt } });
        log("warn", "source_watch.rate_limited", { ...fields, until: limited.retryAt.toISOString() });
        return "rate_limited";
      }
      const outcome = await fetchOfficial(request.url, {
        headers: request.headers,
        accept: request.accept,
        validators: { etag: source.etag, lastModified: source.lastModified },
        policy: deps.settings.policy,
        now,
        timeoutMs: deps.settings.timeoutMs,
      });
      if (outcome.kind === "failed") {
        await recordFailure(tx, source, now, outcome.message, intervalMs, outcome);
        log("warn", "source_watch.failed", { ...fields, error: outcome.message });
        return "failed";
      }
      let suggested = 0;
      if (outcome.kind === "ok") {
        const parsed = handler.parse(outcome.body, outcome.contentType, source);
        if (!parsed.ok) {
          await recordFailure(tx, source, now, parsed.message, intervalMs);
          log("warn", "source_watch.unreadable", { ...fields, error: parsed.message });
          return "failed";
        }
        suggested = await storeSuggestions(tx, source, parsed.items);
        if (suggested > 0) await enqueueSuggestionAlerts(tx, source.billId, suggested, now);
      }
      await tx.watchedSource.update({
        where: { id: source.id },
        data: {
          failures: 0,
          lastPolledAt: now,
          lastSuccessAt: now,
          lastError: null,
          nextPollAt: new Date(now.getTime() + nextPollDelayMs({ intervalMs, failures: 0, retryAfterMs: null, gone: false })),
          ...(outcome.kind === "ok" ? { etag: outcome.validators.etag, lastModified: outcome.validators.lastModified } : {}),
        },
      });
      log("info", "source_watch.polled", { ...fields, unchanged: outcome.kind === "not_modified", suggested });
      return outcome.kind === "ok" ? "polled" : "unchanged";
    },
    // Long enough for a request and its redirects at the fetch time limit.
    { maxWait: 10_000, timeout: (deps.settings.timeoutMs ?? FETCH_TIMEOUT_MS) * 4 + 10_000 },
  );
}

/** Poll due sources until none is left (or `limit` were polled); returns what happened to each. */
export async function pollDue(database: Database, deps: PollerDeps, limit = 100): Promise<PollResult[]> {
  const results: PollResult[] = [];
  while (results.length < limit) {
    const result = await pollNext(database, deps);
    if (result === "idle") break;
    results.push(result);
  }
  return results;
}

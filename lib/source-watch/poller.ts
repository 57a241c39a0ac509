import "server-only";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { today } from "@/lib/legislation/dates";
import { log } from "@/lib/log";

import { nextPollDelayMs } from "./backoff";
import { FETCH_TIMEOUT_MS, fetchOfficial, type FetchOutcome, type Validators } from "./fetch";
import { enabledKinds, kindHandlers, type SourceRequest } from "./kinds";
import type { SourceWatchSettings } from "./settings";
import { enqueueSuggestionAlerts } from "./notify-editors";
import { storeSuggestions, storeTextSuggestions } from "./store";

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

type Asked = FetchOutcome | { kind: "rate_limited"; retryAt: Date };

/** One request of a poll: within the host's hourly allowance, conditional on the last answer's validators. */
async function askOfficial(database: Database, settings: SourceWatchSettings, now: Date, request: SourceRequest | string, validators: Validators): Promise<Asked> {
  if (typeof request === "string") return { kind: "failed", message: request, retryAfterMs: null, gone: false };
  const limited = await reserveRequest(database, new URL(request.url).host, request.hourlyLimit, now);
  if (limited) return { kind: "rate_limited", retryAt: limited.retryAt };
  return fetchOfficial(request.url, {
    headers: request.headers,
    accept: request.accept,
    validators,
    policy: settings.policy,
    now,
    timeoutMs: settings.timeoutMs,
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
      // A source is read at one address, or two (a Congress.gov bill's actions, then its text
      // versions). The poll is one: if either answer fails, it fails as a whole and stores
      // nothing, so the next poll asks both again.
      const ask = (request: SourceRequest | string, validators: Validators) => askOfficial(database, deps.settings, now, request, validators);
      const asked = await ask(handler.request(source, deps.settings), { etag: source.etag, lastModified: source.lastModified });
      const text = asked.kind === "ok" || asked.kind === "not_modified" ? handler.textVersions : undefined;
      const textAsked = text ? await ask(text.request(source, deps.settings), { etag: source.textEtag, lastModified: source.textLastModified }) : null;
      for (const [outcome, prefix] of [[asked, ""], [textAsked, "Text versions: "]] as const) {
        if (outcome?.kind === "rate_limited") {
          await tx.watchedSource.update({ where: { id: source.id }, data: { nextPollAt: outcome.retryAt } });
          log("warn", "source_watch.rate_limited", { ...fields, until: outcome.retryAt.toISOString() });
          return "rate_limited";
        }
        if (outcome?.kind === "failed") {
          await recordFailure(tx, source, now, `${prefix}${outcome.message}`, intervalMs, outcome);
          log("warn", "source_watch.failed", { ...fields, error: `${prefix}${outcome.message}` });
          return "failed";
        }
      }
      const items = asked.kind === "ok" ? handler.parse(asked.body, asked.contentType, source) : ({ ok: true, items: [] } as const);
      const versions = text && textAsked?.kind === "ok" ? text.parse(textAsked.body, textAsked.contentType, source, deps.settings) : ({ ok: true, versions: [] } as const);
      for (const [parsed, prefix] of [[items, ""], [versions, "Text versions: "]] as const) {
        if (!parsed.ok) {
          await recordFailure(tx, source, now, `${prefix}${parsed.message}`, intervalMs);
          log("warn", "source_watch.unreadable", { ...fields, error: `${prefix}${parsed.message}` });
          return "failed";
        }
      }
      const suggested =
        (items.ok ? await storeSuggestions(tx, source, items.items) : 0) +
        (versions.ok ? await storeTextSuggestions(tx, source, versions.versions, new Date(`${today(now)}T00:00:00.000Z`)) : 0);
      if (suggested > 0) await enqueueSuggestionAlerts(tx, source.billId, suggested, now);
      const changed = asked.kind === "ok" || textAsked?.kind === "ok";
      await tx.watchedSource.update({
        where: { id: source.id },
        data: {
          failures: 0,
          lastPolledAt: now,
          lastSuccessAt: now,
          lastError: null,
          nextPollAt: new Date(now.getTime() + nextPollDelayMs({ intervalMs, failures: 0, retryAfterMs: null, gone: false })),
          ...(asked.kind === "ok" ? { etag: asked.validators.etag, lastModified: asked.validators.lastModified } : {}),
          ...(textAsked?.kind === "ok" ? { textEtag: textAsked.validators.etag, textLastModified: textAsked.validators.lastModified } : {}),
        },
      });
      log("info", "source_watch.polled", { ...fields, unchanged: !changed, suggested });
      return changed ? "polled" : "unchanged";
    },
    // Long enough for two requests and their redirects at the fetch time limit.
    { maxWait: 10_000, timeout: (deps.settings.timeoutMs ?? FETCH_TIMEOUT_MS) * 8 + 10_000 },
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

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { handleUnsubscribeGet, handleUnsubscribePost } from "@/lib/alerts/unsubscribe-handler";
import { handleExportCsv, handleExportJson, handleGetBill, handleListBills, handleOpenApi, type ApiReads } from "@/lib/api/handlers";
import { getApiBill, listApiBills, listExportBills } from "@/lib/api/queries";
import { db } from "@/lib/db/client";
import { handleBillCalendar, handleBillFeed, handleSiteCalendar, handleSiteFeed, type FeedReads } from "@/lib/feeds/handlers";
import { loadBillCalendar, loadBillFeed, loadSiteCalendar, loadSiteFeed } from "@/lib/feeds/queries";
import { LiveHub } from "@/lib/live/hub";
import { listPublicChangesAfter } from "@/lib/live/queries";
import { openLiveStream } from "@/lib/live/sse";
import { fuzzRuns, fuzzSeed, hostileString } from "@/lib/testing/fuzz";
import { seed as seedContent } from "@/prisma/seed/seed";

// The public HTTP endpoints' handlers (the code the route files call, on the real database),
// fed hostile query strings, path segments, headers and bodies: every answer is 2xx, 3xx or a
// 4xx that says why (problem+json for the API), never a 5xx.

const origin = "http://localhost:3000";
const seed = fuzzSeed();
const counts: Record<string, number> = {};

const apiReads: ApiReads = {
  billsPage: (query) => listApiBills(db, query),
  bill: (slug) => getApiBill(db, slug),
  exportBills: () => listExportBills(db),
};

const feedReads: FeedReads = {
  siteFeed: () => loadSiteFeed(db),
  billFeed: (slug) => loadBillFeed(db, slug),
  siteCalendar: () => loadSiteCalendar(db),
  billCalendar: (slug) => loadBillCalendar(db, slug),
};

/** Whether `value` can be sent as an HTTP header value at all (Latin-1, no NUL, CR or LF). */
function headerSafe(value: string): boolean {
  try {
    new Headers({ x: value });
    return true;
  } catch {
    return false;
  }
}

const headerValue = hostileString.filter(headerSafe);

/** A path segment as a client would send it: percent-encoded, so anything can be in it. */
const pathSegment = fc.oneof(hostileString, fc.constantFrom("take-it-down-act", "stop-csam-act", "..", "%", "%00", "a/b"));

/** Moments across JavaScript's whole range, written as RFC 3339 (years 0000 and ±YYYYYY included). */
const anyInstant = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ noInvalidDate: true, min: new Date("0000-01-01T00:00:00Z"), max: new Date("0001-12-31T00:00:00Z") }).map((date) => date.toISOString()),
  fc.constantFrom("0000-01-01T00:00:00Z", "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59Z", "2025-02-30T00:00:00Z", "2025-01-01T00:00:00+14:00"),
);

/** Cursors shaped like the API's own, holding hostile positions: they must be refused, not queried. */
const forgedCursor = fc
  .record({ u: fc.oneof(anyInstant, hostileString), i: fc.oneof(hostileString, fc.constant("ckabc123")) })
  .map((cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url"));

/** Per parameter, values close to valid ones as well as anything at all. */
const apiParams: Record<string, fc.Arbitrary<string>> = {
  q: fc.oneof(hostileString, fc.constantFrom("act", "H.R. 633", "s.146", "take it down")),
  jurisdiction: fc.oneof(hostileString, fc.constantFrom("us", "uk", "US", "fr")),
  stage: fc.oneof(hostileString, fc.constantFrom("enacted", "royal_assent", "in_committee")),
  since: fc.oneof(hostileString, fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))),
  updatedSince: fc.oneof(hostileString, anyInstant),
  cursor: fc.oneof(hostileString, forgedCursor),
  limit: fc.oneof(hostileString, fc.integer().map(String), fc.double().map(String)),
};

const apiParamNames = [...Object.keys(apiParams), "format", "__proto__", "constructor"];

const oneParam = fc.constantFrom(...Object.keys(apiParams)).chain((name) => fc.tuple(fc.constant(name), apiParams[name] ?? hostileString));

/**
 * A query string: mostly one hostile parameter (any other bad one would stop the request before
 * it reaches the database), else several, some repeated, some unknown.
 */
const queryString = fc
  .oneof(
    { weight: 3, arbitrary: oneParam.map((pair) => [pair]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.oneof(oneParam, fc.tuple(fc.oneof(fc.constantFrom(...apiParamNames), hostileString), hostileString)), { maxLength: 4 }),
    },
  )
  .map((pairs) => {
    const params = new URLSearchParams();
    for (const [name, value] of pairs) params.append(name, value);
    return params.toString();
  });

const conditionalHeaders = fc.record(
  { "if-none-match": headerValue, "if-modified-since": headerValue, accept: headerValue, "accept-encoding": headerValue },
  { requiredKeys: [] },
);

/**
 * A path segment percent-encoded as a client's UTF-8 would send it: a lone surrogate cannot be
 * encoded, so it arrives as U+FFFD (the handler still gets the raw string, as Next could pass it).
 */
function encodeSegment(value: string): string {
  return new URLSearchParams({ s: value }).toString().slice(2);
}

function request(path: string, init: RequestInit = {}): Request {
  return new Request(`${origin}${path}`, init);
}

/** An answer that is not a server error and, when it is a client error, says why. */
async function expectAnswered(name: string, response: Response, options: { problem?: boolean } = {}): Promise<void> {
  counts[name] = (counts[name] ?? 0) + 1;
  counts[`${name} ${response.status}`] = (counts[`${name} ${response.status}`] ?? 0) + 1;
  expect(response.status, `${name} answered ${response.status}`).toBeLessThan(500);
  if (response.status >= 400) {
    const body = await response.text();
    expect(body).toMatch(/\S/);
    if (options.problem) {
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = JSON.parse(body) as { status: number; detail: string };
      expect(problem.status).toBe(response.status);
      expect(problem.detail).toMatch(/\S/);
    }
  }
}

const options = () => ({ seed, numRuns: fuzzRuns(60), endOnFailure: true });

beforeAll(async () => {
  await seedContent(db);
  console.info(`endpoints fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);
});

afterAll(() => {
  console.info(`endpoint fuzz cases and statuses:\n${JSON.stringify(counts, null, 1)}`);
});

describe("API v1 under hostile requests", () => {
  it("GET /api/v1/bills answers every query string with the page or a problem naming the parameter", async () => {
    await fc.assert(
      fc.asyncProperty(queryString, conditionalHeaders, async (query, headers) => {
        await expectAnswered("GET /api/v1/bills", await handleListBills(request(`/api/v1/bills?${query}`, { headers }), apiReads), { problem: true });
      }),
      { ...options(), numRuns: fuzzRuns(150) },
    );
  });

  it("GET /api/v1/bills/{slug} answers every slug with the bill or a 404 problem", async () => {
    await fc.assert(
      fc.asyncProperty(pathSegment, conditionalHeaders, async (slug, headers) => {
        const response = await handleGetBill(request(`/api/v1/bills/${encodeSegment(slug)}`, { headers }), slug, apiReads);
        await expectAnswered("GET /api/v1/bills/{slug}", response, { problem: true });
      }),
      options(),
    );
  });

  it("the exports and the OpenAPI document answer whatever the query and conditional headers", async () => {
    await fc.assert(
      fc.asyncProperty(queryString, conditionalHeaders, async (query, headers) => {
        await expectAnswered("GET /api/v1/export.json", await handleExportJson(request(`/api/v1/export.json?${query}`, { headers }), apiReads), {
          problem: true,
        });
        await expectAnswered("GET /api/v1/export.csv", await handleExportCsv(request(`/api/v1/export.csv?${query}`, { headers }), apiReads), {
          problem: true,
        });
        await expectAnswered("GET /api/v1/openapi.json", await handleOpenApi(request(`/api/v1/openapi.json?${query}`, { headers })), {
          problem: true,
        });
      }),
      { ...options(), numRuns: fuzzRuns(20) },
    );
  });
});

describe("feeds and calendars under hostile requests", () => {
  it("answer every slug and conditional header with the document or a 404 problem", async () => {
    await fc.assert(
      fc.asyncProperty(pathSegment, conditionalHeaders, async (slug, headers) => {
        const path = `/bills/${encodeSegment(slug)}`;
        await expectAnswered("GET /bills/{slug}/feed.xml", await handleBillFeed(request(`${path}/feed.xml`, { headers }), slug, feedReads), {
          problem: true,
        });
        await expectAnswered("GET /bills/{slug}/calendar.ics", await handleBillCalendar(request(`${path}/calendar.ics`, { headers }), slug, feedReads), {
          problem: true,
        });
      }),
      options(),
    );
    await fc.assert(
      fc.asyncProperty(conditionalHeaders, async (headers) => {
        await expectAnswered("GET /feed.xml", await handleSiteFeed(request("/feed.xml", { headers }), feedReads));
        await expectAnswered("GET /calendar.ics", await handleSiteCalendar(request("/calendar.ics", { headers }), feedReads));
      }),
      { ...options(), numRuns: fuzzRuns(20) },
    );
  });
});

describe("the live stream under hostile resume positions", () => {
  it("opens the stream and catches up without a database error, whatever Last-Event-ID says", async () => {
    const hub = new LiveHub(1000);
    const failures: unknown[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(headerValue, fc.constantFrom("0", "1", "2147483647", "2147483648", "999999999999999", "-1", " 12 ")),
        fc.boolean(),
        async (position, asHeader) => {
          const controller = new AbortController();
          const live = asHeader
            ? request("/api/live", { headers: { "last-event-id": position }, signal: controller.signal })
            : request(`/api/live?lastEventId=${encodeSegment(position)}`, { signal: controller.signal });
          let caughtUp: Promise<unknown> = Promise.resolve();
          const response = openLiveStream(live, {
            hub,
            position: () => 0,
            catchUp: (afterId) => {
              const read = listPublicChangesAfter(db, afterId);
              caughtUp = read.catch((error: unknown) => failures.push(error));
              return read;
            },
          });
          await expectAnswered("GET /api/live", response);
          const reader = response.body?.getReader();
          await reader?.read();
          await caughtUp;
          await reader?.cancel();
          controller.abort();
          expect(failures).toEqual([]);
        },
      ),
      options(),
    );
  });
});

describe("one-click unsubscribe under hostile requests", () => {
  const tokenValue = fc.oneof(hostileString, fc.constant("A".repeat(43)));
  const body = fc.oneof(
    fc.constant<BodyInit | null>(null),
    hostileString.map((value) => new URLSearchParams({ "List-Unsubscribe": value })),
    fc.constantFrom<BodyInit>(new URLSearchParams({ "List-Unsubscribe": "One-Click" }), "List-Unsubscribe=One-Click&List-Unsubscribe=x", "{}", "\u0000"),
    hostileString,
  );
  const contentType = fc.constantFrom(
    undefined,
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "multipart/form-data; boundary=x",
    "application/json",
    "text/plain",
  );

  it("POST answers 200, 303 or 400 with a sentence, and GET redirects to the page", async () => {
    await fc.assert(
      fc.asyncProperty(tokenValue, body, contentType, async (token, payload, type) => {
        const path = `/api/alerts/unsubscribe?token=${encodeSegment(token)}`;
        const headers = type ? { "content-type": type } : undefined;
        const response = await handleUnsubscribePost(request(path, { method: "POST", body: payload, headers }));
        await expectAnswered("POST /api/alerts/unsubscribe", response);
        expect([200, 303, 400]).toContain(response.status);
        const redirect = handleUnsubscribeGet(request(path));
        await expectAnswered("GET /api/alerts/unsubscribe", redirect);
        expect(redirect.headers.get("location")).toMatch(/^\/subscribe\/unsubscribe(\?|$)/);
      }),
      options(),
    );
  });
});


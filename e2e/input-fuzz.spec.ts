import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";

import { fuzzRuns, fuzzSeed, hostileString } from "@/lib/testing/fuzz";

import { expect, test } from "./auth-fixtures";

// Hostile query strings, path segments and form posts against the production build: every
// page, route and the sign-in endpoint answers 2xx, 3xx or a 4xx with a body, never a 5xx.
// The handlers are fuzzed harder in lib/http/endpoints.fuzz.int.test.ts; this proves the
// whole stack (Next's routing and decoding, the pages' parameter parsing) holds too.

const seed = fuzzSeed();
const counts: Record<string, number> = {};

test.beforeAll(() => console.info(`e2e input fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`));
test.afterAll(() => console.info(`e2e input fuzz cases:\n${JSON.stringify(counts, null, 1)}`));

/** Percent-encoded as a browser would send it (a lone surrogate cannot be, and becomes U+FFFD). */
function encode(value: string): string {
  return new URLSearchParams({ s: value }).toString().slice(2);
}

/** Raw percent sequences no encoder makes: NUL, invalid UTF-8, an encoded surrogate, broken escapes. */
const rawSegments = fc.constantFrom("%00", "a%00b", "%FF", "%C0%AF", "%ED%A0%80", "%", "%zz", "%E2%80%AE", "..%2F..%2Fetc%2Fpasswd", "%2e%2e");

const segment = fc.oneof(hostileString.map(encode), rawSegments);
const paramValue = fc.oneof({ weight: 3, arbitrary: hostileString.map(encode) }, { weight: 1, arbitrary: rawSegments });

function queryOf(names: readonly string[]) {
  return fc
    .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: hostileString.map(encode) }), paramValue), {
      minLength: 1,
      maxLength: 3,
    })
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join("&"));
}

/** Node's HTTP server refuses an address or headers over its 16 KiB limit itself, before the app, with the status alone. */
const REFUSED_BY_NODE = [414, 431];

async function expectAnswered(name: string, response: APIResponse): Promise<void> {
  counts[name] = (counts[name] ?? 0) + 1;
  expect(response.status(), `${name}: ${response.url().slice(0, 300)}`).toBeLessThan(500);
  if (response.status() >= 400 && !REFUSED_BY_NODE.includes(response.status())) {
    expect((await response.body()).length, `${name}: ${response.url().slice(0, 300)} says why`).toBeGreaterThan(0);
  }
}

async function fuzzGets(request: APIRequestContext, name: string, paths: fc.Arbitrary<string>, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(paths, async (path) => expectAnswered(name, await request.get(path, { maxRedirects: 0 }))),
    { seed, numRuns: fuzzRuns(runs), endOnFailure: true },
  );
}

test.describe("public pages under hostile addresses", () => {
  const pages: [string, string, readonly string[]][] = [
    ["board", "/", ["q", "stage", "sort", "jurisdiction", "outcome", "topic"]],
    ["timeline", "/timeline", ["cursor", "since", "bill", "jurisdiction"]],
    ["bill page", "/bills/take-it-down-act", ["asOf"]],
    ["embed", "/embed/bills/take-it-down-act", ["asOf", "theme"]],
    ["subscribe", "/subscribe", ["bill"]],
    ["confirm", "/subscribe/confirm", ["token"]],
    ["unsubscribe page", "/subscribe/unsubscribe", ["token", "status"]],
    ["login", "/login", ["callbackUrl", "error", "code"]],
  ];
  for (const [name, path, names] of pages) {
    test(`${name} answers every query string`, async ({ request }) => {
      await fuzzGets(request, `GET ${path}?…`, queryOf(names).map((query) => `${path}?${query}`), 12);
    });
  }

  test("addresses with a hostile segment answer a page or a not-found", async ({ request }) => {
    const templates = ["/bills/{}", "/embed/bills/{}", "/bills/{}/feed.xml", "/bills/{}/calendar.ics", "/api/v1/bills/{}", "/invite/{}", "/reset-password/{}", "/preview/bills/{}"];
    for (const template of templates) {
      await fuzzGets(request, `GET ${template}`, segment.map((value) => template.replace("{}", value)), 8);
    }
  });

  test("the API answers bad parameters with problem details", async ({ request }) => {
    const names = ["q", "jurisdiction", "stage", "since", "updatedSince", "cursor", "limit"];
    await fc.assert(
      fc.asyncProperty(queryOf(names), async (query) => {
        const response = await request.get(`/api/v1/bills?${query}`);
        await expectAnswered("GET /api/v1/bills?…", response);
        if (response.status() >= 400 && !REFUSED_BY_NODE.includes(response.status())) {
          expect(response.headers()["content-type"]).toBe("application/problem+json");
        }
      }),
      { seed, numRuns: fuzzRuns(20), endOnFailure: true },
    );
  });
});

test.describe("writes without a session under hostile input", () => {
  test("one-click unsubscribe answers 200, 303 or 400", async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(paramValue, hostileString, async (token, oneClick) => {
        const url = `/api/alerts/unsubscribe?token=${token}`;
        const response = await request.post(url, { form: { "List-Unsubscribe": oneClick }, maxRedirects: 0 });
        await expectAnswered("POST /api/alerts/unsubscribe", response);
        // An address near Node's 16 KiB header limit may never reach the app.
        const refusedByNode = url.length > 15 * 1024 ? REFUSED_BY_NODE : [];
        expect([200, 303, 400, ...refusedByNode]).toContain(response.status());
      }),
      { seed, numRuns: fuzzRuns(15), endOnFailure: true },
    );
  });

  test("the last-event id of the live stream never breaks it", async ({ baseURL }) => {
    for (const position of ["0", "2147483647", "2147483648", "999999999999999", "-1", "abc", "1e3", " 7 "]) {
      const controller = new AbortController();
      const response = await fetch(`${baseURL}/api/live`, { headers: { "Last-Event-ID": position }, signal: controller.signal });
      counts["GET /api/live"] = (counts["GET /api/live"] ?? 0) + 1;
      expect(response.status, position).toBe(200);
      controller.abort();
    }
  });

  test("the sign-in endpoint refuses hostile credentials with a redirect, not an error", async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, fc.integer({ min: 1, max: 250 }), async (email, password, host) => {
        const csrf = await request.get("/api/auth/csrf");
        const { csrfToken } = (await csrf.json()) as { csrfToken: string };
        const response = await request.post("/api/auth/callback/credentials", {
          // A client address of its own, so these failures do not throttle the other tests' sign-ins.
          headers: { "x-forwarded-for": `198.51.100.${host}` },
          form: { email, password, csrfToken, callbackUrl: "/admin" },
          maxRedirects: 0,
        });
        await expectAnswered("POST /api/auth/callback/credentials", response);
        expect(response.status()).toBe(302);
        expect(response.headers().location).toMatch(/error=|\/login/);
      }),
      // Not more under CI: should the address ever stop being taken from X-Forwarded-For, these
      // failures would count against this machine's address, which allows 20 an hour.
      { seed, numRuns: 8, endOnFailure: true },
    );
  });
});

test.describe("back-office pages under hostile addresses", () => {
  test("answer every query string and segment with a page or a not-found", async ({ page, login, makeBill }) => {
    await login({ role: "admin" });
    const bill = await makeBill();
    const request = page.request;
    const listings: [string, readonly string[]][] = [
      ["/admin/bills", ["q", "state", "sort", "notice"]],
      ["/admin/audit", ["actor", "entity", "entityId", "bill", "action", "from", "to", "before"]],
      ["/admin/deliveries", ["channel", "status", "before"]],
      ["/admin/users", ["notice"]],
    ];
    for (const [path, names] of listings) {
      await fuzzGets(request, `GET ${path}?…`, queryOf(names).map((query) => `${path}?${query}`), 8);
    }
    // Names every object inherits: a filter that asks `name in choices` takes them for choices.
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      for (const path of [`/admin/bills?state=${name}`, `/admin/bills?sort=${name}`, `/admin/audit?entity=${name}`, `/admin/deliveries?channel=${name}&status=${name}`]) {
        await expectAnswered(`GET ${path}`, await request.get(path, { maxRedirects: 0 }));
      }
    }
    const text = `/admin/bills/${bill.id}/text`;
    await fuzzGets(request, "GET /admin/bills/{id}/text?…", queryOf(["notice", "code", "parts"]).map((query) => `${text}?${query}`), 8);
    const revisions = `/admin/bills/${bill.id}/revisions`;
    await fuzzGets(request, "GET /admin/bills/{id}/revisions?…", queryOf(["from", "to"]).map((query) => `${revisions}?${query}`), 8);
    for (const version of ["2147483648", "99999999999", "1e3", "-1", "0x10"]) {
      await expectAnswered("GET /admin/bills/{id}/revisions?…", await request.get(`${revisions}?from=${version}&to=${version}`));
    }
    const templates = ["/admin/bills/{}", "/admin/bills/{}/history", "/admin/bills/{}/text", "/admin/bills/{}/delete", "/admin/users/{}", "/admin/key-dates/{}", "/admin/statistics/{}"];
    for (const template of templates) {
      await fuzzGets(request, `GET ${template}`, segment.map((value) => template.replaceAll("{}", value)), 6);
    }
  });
});

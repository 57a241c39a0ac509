import { expect, test } from "../auth-fixtures";

import { makeRouteData } from "./route-data";
import { routeTable, type HeaderFamily, type RouteData } from "./routes";
import { send, sessionsFor, type Answer, type Session } from "./subjects";

// Every route of the route table, anonymous and signed in, against
// docs/decisions/0005-security-headers.md and the caching rules in next.config.ts (README,
// "Caching by a CDN"). A new route gets a row in the table, and so is checked here too.

const PUBLIC_PAGE_CACHE = "public, s-maxage=10, stale-while-revalidate=60";

type Check = [name: string, holds: boolean];

/** Each rule the decision sets, as a named check of one response. */
function checks(family: HeaderFamily, signedIn: boolean, answer: Answer): Check[] {
  const header = (name: string) => answer.headers.get(name) ?? "";
  const csp = header("content-security-policy");
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{22,})' 'strict-dynamic'/.exec(csp)?.[1];
  const framed = family === "embed-page";
  const cache = header("cache-control");
  const sharedCacheable = /\bpublic\b|s-maxage/.test(cache);
  const cacheRule: Check = (() => {
    if (family === "open-data") return ["open data may be cached by anyone", !/\bprivate\b/.test(cache)];
    if ((family === "public-page" || family === "embed-page") && !signedIn) return ["public page cached briefly by shared caches", cache === PUBLIC_PAGE_CACHE];
    if (family === "private-api") return ["handler never kept by a shared cache", !sharedCacheable];
    // Back-office and token pages for anyone, and public pages for a signed-in reader.
    return ["private, never stored", /\bno-store\b/.test(cache) && /\bprivate\b/.test(cache) && !sharedCacheable];
  })();
  return [
    ["CSP script-src with a nonce and 'strict-dynamic'", nonce !== undefined],
    ["CSP style-src with the same nonce", nonce !== undefined && csp.includes(`style-src 'self' 'nonce-${nonce}'`)],
    [
      "CSP default, object, base, form and frame sources locked",
      ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-src 'self'", "img-src 'self'", "connect-src 'self'"].every(
        (directive) => csp.includes(directive),
      ),
    ],
    ["CSP without unsafe-inline or unsafe-eval", csp !== "" && !/unsafe-inline|unsafe-eval/.test(csp)],
    [framed ? "CSP lets other sites frame it" : "CSP frame-ancestors 'none'", csp.includes("frame-ancestors 'none'") !== framed],
    [framed ? "no X-Frame-Options" : "X-Frame-Options DENY", header("x-frame-options") === (framed ? "" : "DENY")],
    [framed ? "no Cross-Origin-Opener-Policy" : "Cross-Origin-Opener-Policy same-origin", header("cross-origin-opener-policy") === (framed ? "" : "same-origin")],
    ["X-Content-Type-Options nosniff", header("x-content-type-options") === "nosniff"],
    ["Referrer-Policy strict-origin-when-cross-origin", header("referrer-policy") === "strict-origin-when-cross-origin"],
    ["Permissions-Policy denies camera, microphone, geolocation", ["camera=()", "microphone=()", "geolocation=()"].every((item) => header("permissions-policy").includes(item))],
    ["a request id", /^[0-9a-f-]{36}$/.test(header("x-request-id"))],
    ["no HSTS over plain HTTP", header("strict-transport-security") === ""],
    cacheRule,
    family === "open-data"
      ? ["readable from any origin, without credentials", header("access-control-allow-origin") === "*" && header("access-control-allow-credentials") === ""]
      : ["no cross-origin access", header("access-control-allow-origin") === "" && header("access-control-allow-credentials") === ""],
  ];
}

let anonymous: Session;
let signedIn: Session;
let data: RouteData;
let removeData: () => Promise<void>;

test.beforeAll(async ({ db }, testInfo) => {
  const sessions = await sessionsFor(testInfo.project.use.baseURL ?? "", db);
  anonymous = sessions.anonymous;
  signedIn = sessions.admin;
  ({ data, remove: removeData } = await makeRouteData(db));
});

test.afterAll(async () => {
  await removeData();
});

for (const row of routeTable) {
  test(`${row.method} ${row.file} carries the decided headers`, async ({ baseURL }) => {
    const failed: string[] = [];
    for (const session of [anonymous, signedIn]) {
      const answer = await send(baseURL ?? "", session, row.method, row.path(data), {
        headers: row.body ? { "content-type": row.body.contentType, origin: baseURL ?? "" } : {},
        body: row.body?.text,
      });
      for (const [name, holds] of checks(row.family, session === signedIn, answer)) {
        if (!holds) failed.push(`${session.subject}, ${answer.status}: ${name}`);
      }
    }
    expect(failed).toEqual([]);
  });
}

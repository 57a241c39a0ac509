import "server-only";

import { problemResponse } from "./problem";

// What the instance answers while its database is unreachable (lib/db/availability.ts): 503
// with Retry-After, never cached; a short page for people, a problem document for the API.
// docs/decisions/0009-database-outages-and-crashes.md says why.

/** Seconds a client should wait before trying again: about how long a PostgreSQL restart takes. */
export const RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE_DETAIL = `The database cannot be reached at the moment, so nothing was read or changed. Try again in ${RETRY_AFTER_SECONDS} seconds.`;

/**
 * Requests proxy.ts refuses during an outage: all but the health check, which reports the
 * outage itself with detail (and whose liveness probe must stay 200, so the instance is not
 * restarted for a fault that is not its own).
 */
export function isGated(pathname: string): boolean {
  return pathname !== "/api/health";
}

// Self-contained: no script, no stylesheet to fetch, nothing read from the database. The style
// element carries the request's CSP nonce.
function page(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Briefly unavailable · Policy Tracker</title>
<style nonce="${nonce}">
:root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
body { margin: 0; padding: 3rem 1.25rem; }
main { max-width: 36rem; margin: 0 auto; }
h1 { font-size: 1.5rem; line-height: 1.25; }
</style>
</head>
<body>
<main>
<h1>Policy Tracker is briefly unavailable</h1>
<p>We cannot reach our database at the moment, so nothing can be shown or saved right now. Nothing saved before is lost.</p>
<p>Please try again in a minute.</p>
</main>
</body>
</html>
`;
}

/** Retry-After and no caching, for every outage answer. */
function withOutageHeaders(response: Response): Response {
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** The API's outage answer: a problem document of type `unavailable`. */
export function unavailableProblem(): Response {
  return withOutageHeaders(problemResponse(503, "unavailable", UNAVAILABLE_DETAIL));
}

/** The outage answer for any request; `nonce` is the one in the response's CSP. */
export function outageResponse(pathname: string, nonce: string): Response {
  if (pathname.startsWith("/api/")) return unavailableProblem();
  return withOutageHeaders(new Response(page(nonce), { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } }));
}

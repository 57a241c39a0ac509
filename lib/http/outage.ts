import "server-only";

import { problemResponse } from "./problem";

// What the instance answers while its database is unreachable (lib/db/availability.ts): 503
// with Retry-After, never cached; a short page for people, a problem document for the API.
// docs/decisions/0009-database-outages.md says why.

/** Seconds a client should wait before trying again: about how long a PostgreSQL restart takes. */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_DETAIL = `The database cannot be reached at the moment, so nothing was read or changed. Try again in ${RETRY_AFTER_SECONDS} seconds.`;

/**
 * Requests proxy.ts refuses during an outage: all but the health check, which reports the
 * outage itself with detail (and whose liveness probe must stay 200, so the instance is not
 * restarted for a fault that is not its own).
 */
export function isGated(pathname: string): boolean {
  return pathname !== "/api/health";
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Briefly unavailable · Policy Tracker</title>
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

/** Retry-After and no caching, for every outage answer. */
export function withOutageHeaders(response: Response): Response {
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export function outageResponse(pathname: string): Response {
  if (pathname.startsWith("/api/")) return withOutageHeaders(problemResponse(503, "unavailable", UNAVAILABLE_DETAIL));
  return withOutageHeaders(new Response(PAGE, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } }));
}

import { NextResponse, type NextRequest } from "next/server";

import { getConfig } from "@/lib/config";
import { actionBodyLimit, actionBodyRefusal, actionHeadersRefusal, isActionRequest, type ActionRefusal } from "@/lib/http/action-request";
import { databaseGate } from "@/lib/db/availability-state";
import { isGated, outageResponse } from "@/lib/http/outage";
import {
  contentSecurityPolicy,
  crossSiteRefusal,
  isEmbeddable,
  isUnreadablePath,
  loggablePath,
  requestIdFrom,
  responseHeaders,
} from "@/lib/http/security";
import { log } from "@/lib/log";

function refused(refusal: ActionRefusal, requestId: string): NextResponse {
  return new NextResponse(refusal.message, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "x-request-id": requestId },
  });
}

// Runs before every request except static assets: refuses cross-site writes and server-action
// bodies no form of ours sends (lib/http/action-request.ts), gives the request
// an id and a CSP nonce (Next.js puts the nonce on its own scripts when it finds it in the
// request's CSP header; every page is rendered per request, so each gets a fresh one), and sets
// the security headers. While the database is unreachable it answers 503 with Retry-After
// itself (docs/decisions/0009). Authorisation is NOT done here: every command checks it itself.

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestId = requestIdFrom(request.headers, () => crypto.randomUUID());

  if (isUnreadablePath(pathname)) {
    return new NextResponse("This address is not valid: it has a broken %-escape. Check the link and try again.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "x-request-id": requestId },
    });
  }

  const refusal = crossSiteRefusal(request.method, pathname, request.headers);
  if (refusal) {
    log("warn", "http.crossSiteRefused", { requestId, method: request.method, path: loggablePath(pathname), reason: refusal });
    return new NextResponse("This request came from another site and was refused.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "x-request-id": requestId },
    });
  }

  const https = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" || request.nextUrl.protocol === "https:";
  const embeddable = isEmbeddable(pathname);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({ nonce, embeddable, https, development: getConfig().NODE_ENV === "development" });

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", csp);
  forwarded.set("x-request-id", requestId);
  // Lets the sign-in redirect come back to the page that asked for it.
  forwarded.set("x-request-path", `${pathname}${search}`);

  // Nothing can be read or written without the database: say so at once, for every page, API
  // call and form post, rather than render an error page or hang.
  const unavailable = isGated(pathname) && (await databaseGate()?.isUnavailable());
  if (!unavailable && isActionRequest(request.method, pathname, request.headers)) {
    // Next.js buffers the body for the proxy (up to proxyClientMaxBodySize), so reading a clone here leaves it intact.
    const limit = actionBodyLimit(pathname);
    const unreadable =
      actionHeadersRefusal(request.headers, limit) ?? (await actionBodyRefusal(request.headers, await request.clone().arrayBuffer(), limit));
    if (unreadable) {
      log("warn", "http.actionRefused", {
        requestId,
        path: loggablePath(pathname),
        status: unreadable.status,
        reason: unreadable.message,
        contentType: request.headers.get("content-type")?.split(";")[0] ?? null,
      });
      return refused(unreadable, requestId);
    }
  }
  const response = unavailable ? outageResponse(pathname, nonce) : NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(responseHeaders({ embeddable, https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

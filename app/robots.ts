import type { MetadataRoute } from "next";

import { siteUrl } from "@/lib/config";

// Per request, so the sitemap address follows SITE_URL as configured where the site runs.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}

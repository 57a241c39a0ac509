import type { Metadata } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { siteUrl } from "@/lib/config";

// Canonical links and Open Graph images need absolute URLs; the public origin is configuration
// read at request time (SITE_URL), not at build time.
export function generateMetadata(): Metadata {
  return { metadataBase: new URL(siteUrl()) };
}

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 pb-16 sm:px-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}

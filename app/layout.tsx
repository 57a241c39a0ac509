import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { site } from "@/lib/site-config";

import "./globals.css";

// Every page, the built-in 404 included, is rendered per request: the CSP nonce that proxy.ts
// sets is new on each response, and a prerendered page would carry scripts without it.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: site.name, template: `%s – ${site.name}` },
  description: site.tagline,
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#0b0c0c" },
    { media: "(prefers-color-scheme: dark)", color: "#000000" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}

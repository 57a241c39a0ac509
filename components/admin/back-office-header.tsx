import Link from "next/link";
import type { ReactNode } from "react";

import { site } from "@/lib/site-config";

/** The black bar at the top of the back office and account pages. */
export function BackOfficeHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="border-b-8 border-link bg-brand text-brand-text">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4 sm:px-6">
        <p className="text-xl font-bold">
          <Link href="/" className="text-brand-text no-underline visited:text-brand-text hover:underline">
            {site.name}
          </Link>{" "}
          <span className="font-normal">Back office</span>
        </p>
        {children}
      </div>
    </header>
  );
}

import Link from "next/link";

import { publicNav, site } from "@/lib/site-config";

import { NarrowDisclosure } from "./narrow-disclosure";

export function SiteHeader() {
  return (
    <header className="border-b-8 border-link bg-brand text-brand-text">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-x-8 gap-y-2 px-4 py-4 sm:px-6">
        <Link
          href="/"
          className="text-xl font-bold text-brand-text no-underline visited:text-brand-text hover:underline"
        >
          {site.name}
        </Link>
        <nav aria-label="Main">
          <NarrowDisclosure summary="Menu" summaryClassName="text-brand-text">
            <ul className="flex flex-wrap gap-x-6 gap-y-1 pb-2 sm:pb-0">
              {publicNav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="font-semibold text-brand-text no-underline visited:text-brand-text hover:underline"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </NarrowDisclosure>
        </nav>
      </div>
    </header>
  );
}

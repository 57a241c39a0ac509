"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import type { AdminNavItem } from "@/lib/admin-nav";

/** The section links, marking the current section with aria-current, and how many items wait in a section. */
export function AdminNav({ items }: { items: readonly (Pick<AdminNavItem, "href" | "label"> & { count?: number })[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Back office" className="border-b border-rule bg-panel">
      <ul className="mx-auto flex w-full max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 sm:px-6">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item.href) ? "page" : undefined}
              className="inline-block border-b-4 border-transparent py-3 font-bold no-underline aria-[current=page]:border-link"
            >
              {item.label}
              {item.count ? (
                <>
                  {" "}
                  <span className="rounded-full bg-ink px-2 text-sm text-surface">{item.count}</span>
                  <span className="sr-only"> waiting</span>
                </>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

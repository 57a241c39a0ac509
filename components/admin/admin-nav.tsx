"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { NarrowDisclosure } from "@/components/narrow-disclosure";
import type { AdminNavItem } from "@/lib/admin-nav";

/**
 * The section links, marking the current section with aria-current, and how many items wait in a
 * section. On a phone they fold behind "Menu", which names the section you are in.
 */
export function AdminNav({ items }: { items: readonly (Pick<AdminNavItem, "href" | "label"> & { count?: number })[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  const here = items.find((item) => current(item.href));
  const waiting = items.reduce((sum, item) => sum + (item.count ?? 0), 0);
  const summary = ["Menu", here ? `: ${here.label}` : "", waiting ? ` (${waiting} waiting)` : ""].join("");
  return (
    <nav aria-label="Back office" className="border-b border-rule bg-panel">
      <NarrowDisclosure summary={summary} className="mx-auto w-full max-w-6xl px-4 sm:px-6">
        <ul className="flex w-full flex-wrap gap-x-6 gap-y-1 pb-2 sm:pb-0">
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
      </NarrowDisclosure>
    </nav>
  );
}

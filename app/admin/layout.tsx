import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { AdminNav } from "@/components/admin/admin-nav";
import { BackOfficeHeader } from "@/components/admin/back-office-header";
import { SessionTimeout } from "@/components/admin/session-timeout";
import { buttonClasses } from "@/components/forms/styles";
import { SkipLink } from "@/components/skip-link";
import { adminNav } from "@/lib/admin-nav";
import { can, roleLabels } from "@/lib/auth/policy";
import { currentSessionTimeLeft, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countNewSuggestions } from "@/lib/source-watch/queries";

import { signOutAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { default: "Back office", template: "%s – Back office" }, robots: { index: false } };

// Layouts are not re-rendered on every navigation, so this is not the access check: every page
// and every command checks for itself. This only draws who is signed in. There is no
// loading.tsx in the back office on purpose: streaming would send "200 OK" before a page's
// forbidden() or redirect() had decided the status.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser({ allowPasswordChange: true });
  const items = actor.mustChangePassword ? [] : adminNav.filter((item) => can(actor.role, item.permission));
  const [timeLeft, waiting] = await Promise.all([currentSessionTimeLeft(), items.some((item) => item.href === "/admin/inbox") ? countNewSuggestions(db) : 0]);
  return (
    <>
      <SkipLink />
      <BackOfficeHeader>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p>
            <span className="sr-only">Signed in as </span>
            <Link href="/admin/account" className="text-brand-text visited:text-brand-text">
              {actor.email}
            </Link>{" "}
            <span>({roleLabels[actor.role]})</span>
          </p>
          <form action={signOutAction}>
            <button type="submit" className={buttonClasses.secondary}>
              Sign out
            </button>
          </form>
        </div>
      </BackOfficeHeader>
      {items.length ? <AdminNav items={items.map(({ href, label }) => ({ href, label, count: href === "/admin/inbox" ? waiting : undefined }))} /> : null}
      {timeLeft ? <SessionTimeout {...timeLeft} /> : null}
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pt-8 pb-16 sm:px-6 focus:outline-none">
        {children}
      </main>
    </>
  );
}

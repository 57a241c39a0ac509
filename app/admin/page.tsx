import type { Metadata } from "next";
import Link from "next/link";

import { DateTime } from "@/components/admin/time";
import { buttonClasses } from "@/components/forms/styles";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { dashboardSummary } from "@/lib/legislation/admin-queries";
import { needsAttention } from "@/lib/legislation/attention";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePermission("read:bill:any");
  const [summary, attention] = await Promise.all([dashboardSummary(db), needsAttention(db, { admin: can(actor.role, "read:delivery:any") })]);
  const stats = [
    { label: "Published", count: summary.counts.published, href: "/admin/bills?state=published" },
    { label: "Scheduled", count: summary.counts.scheduled, href: "/admin/bills?state=scheduled" },
    { label: "Drafts", count: summary.counts.draft, href: "/admin/bills?state=draft" },
  ];
  return (
    <>
      <h1 className="text-4xl font-bold">Dashboard</h1>
      <p className="mt-4 text-lg">Signed in as {actor.name ?? actor.email}.</p>
      <p className="mt-6">
        <Link href="/admin/bills/new" className={buttonClasses.primary}>
          Add a bill
        </Link>
      </p>
      <section aria-labelledby="attention-heading" className="mt-10 max-w-3xl">
        <h2 id="attention-heading" className="text-2xl font-bold">
          Needs attention
        </h2>
        {attention.length === 0 ? (
          <p className="mt-4">Nothing needs attention: every bill has recent, officially sourced and checked facts.</p>
        ) : (
          attention.map((group) => (
            <section key={group.id} aria-labelledby={`attention-${group.id}`} className="mt-6 border-l-4 border-link pl-4">
              <h3 id={`attention-${group.id}`} className="text-xl font-bold">
                {group.title}
              </h3>
              <ul className="mt-2 grid gap-2">
                {group.items.map((item) => (
                  <li key={item.key}>
                    <Link href={item.href}>{item.text}</Link>
                  </li>
                ))}
              </ul>
              {group.more ? (
                <p className="mt-2">
                  <Link href={group.more.href}>And {group.more.count} more</Link>
                </p>
              ) : null}
            </section>
          ))
        )}
      </section>
      <h2 className="mt-10 text-2xl font-bold">Bills</h2>
      <ul className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-3">
        {stats.map((stat) => (
          <li key={stat.label} className="border-t-4 border-link bg-panel p-4">
            <Link href={stat.href} className="block no-underline">
              <span className="block text-4xl font-bold">{stat.count}</span>
              <span className="underline">{stat.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="mt-10 text-2xl font-bold">Recently saved</h2>
      {summary.recent.length === 0 ? (
        <p className="mt-4">Nothing has been saved yet.</p>
      ) : (
        <ul className="mt-4 max-w-3xl divide-y divide-rule border-y border-rule">
          {summary.recent.map((revision) => (
            <li key={`${revision.billId}-${revision.version}`} className="py-3">
              <Link href={`/admin/bills/${revision.billId}`}>{revision.shortTitle}</Link>{" "}
              <span className="text-muted">
                version {revision.version}, <DateTime iso={revision.createdAt} />
                {revision.createdBy ? ` by ${revision.createdBy}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

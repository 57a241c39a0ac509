import Link from "next/link";

import { legislatureName } from "@/lib/legislation/process";
import type { BillState } from "@/lib/legislation/admin-queries";

import { PublicationTag } from "./publication-tag";

export type BillTab = "details" | "history" | "text" | "sources" | "revisions";

const tabs: { key: BillTab; label: string; path: string }[] = [
  { key: "details", label: "Details and publication", path: "" },
  { key: "history", label: "Status history", path: "/history" },
  { key: "text", label: "Text versions", path: "/text" },
  { key: "sources", label: "Watched sources", path: "/sources" },
  { key: "revisions", label: "Revisions", path: "/revisions" },
];

/** The bill's name, where it stands, and the tabs between its editing pages. */
export function BillHeader({
  bill,
  current,
  showAudit,
}: {
  bill: { id: string; shortTitle: string; jurisdiction: string; state: BillState; publishAt: string | null; live: boolean; stageLabel: string; slug: string };
  current: BillTab;
  showAudit: boolean;
}) {
  return (
    <>
      <p className="text-lg text-muted">
        <Link href="/admin/bills">Bills</Link> <span aria-hidden="true">›</span> {legislatureName(bill.jurisdiction)}
      </p>
      <h1 className="mt-1 text-4xl font-bold">{bill.shortTitle}</h1>
      <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <PublicationTag state={bill.state} publishAt={bill.publishAt} live={bill.live} />
        <span>
          <span className="font-bold">Stage:</span> {bill.stageLabel}
        </span>
        {bill.live ? (
          <Link href={`/bills/${bill.slug}`}>View the public page</Link>
        ) : (
          <Link href={`/preview/bills/${bill.id}`}>Preview as the public will see it</Link>
        )}
      </p>
      <nav aria-label="Bill sections" className="mt-6 border-b border-rule">
        <ul className="flex flex-wrap gap-x-6">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={`/admin/bills/${bill.id}${tab.path}`}
                aria-current={tab.key === current ? "page" : undefined}
                className="inline-block border-b-4 border-transparent py-2 font-bold no-underline aria-[current=page]:border-link"
              >
                {tab.label}
              </Link>
            </li>
          ))}
          <li>
            <Link href={`/admin/key-dates?bill=${bill.id}`} className="inline-block py-2 font-bold no-underline">
              Key dates
            </Link>
          </li>
          {showAudit ? (
            <li>
              <Link href={`/admin/audit?bill=${bill.id}`} className="inline-block py-2 font-bold no-underline">
                Audit trail
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}

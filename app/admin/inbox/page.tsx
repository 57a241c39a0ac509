import type { Metadata } from "next";
import Link from "next/link";

import { SuggestedTextVersionLine } from "@/components/admin/suggested-text-version";
import { WatchedSourceTable } from "@/components/admin/watched-source-table";
import { Day } from "@/components/day";
import { Notice as Done } from "@/components/forms/form-message";
import { Notice } from "@/components/notice";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ownValue } from "@/lib/lookup";
import { kindsOff, listInbox, listWatchedSources } from "@/lib/source-watch/queries";
import { sourceWatchSettings } from "@/lib/source-watch/settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inbox", robots: { index: false } };

const notices: Record<string, string> = {
  accepted: "Suggestion accepted: the step is recorded with its official source, and the public page is updated.",
  dismissed: "Suggestion dismissed. It will not be suggested again.",
  "text-imported": "Suggestion accepted: the text version is imported from govinfo, and its page is public.",
};

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("read:bill:any");
  const query = await searchParams;
  const notice = ownValue(notices, String(query.notice ?? ""));
  const settings = sourceWatchSettings();
  const showSources = can(actor.role, "read:watchedSource:any");
  const [items, sources] = await Promise.all([listInbox(db), showSources ? listWatchedSources(db, settings) : Promise.resolve([])]);
  const off = kindsOff(settings);
  return (
    <>
      <h1 className="text-3xl font-bold">Inbox</h1>
      <p className="mt-4 max-w-3xl">
        New steps and new versions of bill text found in the official records this tracker watches (Congress.gov and others). Review each one: accept it as it
        is, correct it first, or dismiss it with a reason. Nothing is published until an editor accepts it.
      </p>
      {notice ? <Done>{notice}</Done> : null}
      {off.length > 0 ? (
        <Notice title="Some sources are not watched" tone="warning">
          <ul className="list-disc pl-6">
            {off.map((item) => (
              <li key={item.kind}>{item.reason}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">
        {items.length === 0 ? "Nothing waiting" : `${items.length} ${items.length === 1 ? "suggestion" : "suggestions"} waiting`}
      </h2>
      {items.length === 0 ? (
        <p className="mt-4">Every official step found so far has been accepted or dismissed.</p>
      ) : (
        <ul className="mt-4 max-w-4xl divide-y divide-rule border-y border-rule">
          {items.map((item) => (
            <li key={item.id} className="py-4">
              <p className="font-bold">
                <Link href={`/admin/bills/${item.bill.id}/history`}>{item.bill.shortTitle}</Link>
                {item.billNumber ? ` (${item.billNumber})` : null}
                {item.textVersion ? null : <>: <Day value={item.occurredOn} /></>}
              </p>
              {item.textVersion ? (
                <p className="mt-1">
                  <SuggestedTextVersionLine version={item.textVersion} />
                </p>
              ) : (
                <>
                  <p className="mt-1">{item.stepLabel ?? "No step: the rules could not place this action. Choose one when you review it."}</p>
                  {/* Official wording, from outside: shown as text, never as HTML. */}
                  <blockquote className="mt-2 border-l-4 border-rule pl-4 whitespace-pre-line">{item.description}</blockquote>
                </>
              )}
              <p className="mt-2 flex flex-wrap gap-x-6">
                <Link href={`/admin/inbox/${item.id}`}>
                  Review<span className="sr-only">: {item.description.slice(0, 80)}</span>
                </Link>
                <a href={item.sourceUrl} rel="noreferrer">
                  {item.textVersion ? "The file on govinfo" : "Official record"}
                  <span className="sr-only"> for {item.bill.shortTitle}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
      {showSources ? (
        <section aria-labelledby="sources-heading" className="mt-10">
          <h2 id="sources-heading" className="text-2xl font-bold">
            Watched sources
          </h2>
          <p className="mt-2 max-w-3xl text-muted">Each source is polled by one instance at a time, once per interval; failures back off.</p>
          <WatchedSourceTable sources={sources} />
        </section>
      ) : null}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { BillHeader } from "@/components/admin/bill-header";
import { DateTime } from "@/components/admin/time";
import { AddWatchedSourceForm, RemoveWatchedSourceForm } from "@/components/admin/watched-source-forms";
import { Notice } from "@/components/forms/form-message";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getBillForEditing } from "@/lib/legislation/admin-queries";
import { ownValue } from "@/lib/lookup";
import { listWatchedSources } from "@/lib/source-watch/queries";
import { sourceWatchSettings } from "@/lib/source-watch/settings";

import { addWatchedSourceAction, removeWatchedSourceAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Watched sources" };

const notices: Record<string, string> = {
  added: "Source added. It is polled within a few seconds; new steps appear in the inbox.",
  removed: "Source removed. Its earlier suggestions stay in the inbox.",
};

export default async function WatchedSourcesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:bill:any");
  const { id } = await params;
  const bill = await getBillForEditing(db, id);
  if (!bill) notFound();
  const sources = await listWatchedSources(db, sourceWatchSettings(), bill.id);
  const notice = ownValue(notices, String((await searchParams).notice ?? ""));
  const canEdit = can(actor.role, "update:bill:any");
  const showErrors = can(actor.role, "read:watchedSource:any");
  return (
    <>
      <BillHeader bill={bill} current="sources" showAudit={can(actor.role, "read:audit:content")} />
      {notice ? <Notice>{notice}</Notice> : null}
      <p className="mt-6 max-w-3xl">
        The official records this bill is watched at. Each is polled once every interval across all instances; what is new
        goes to the <Link href="/admin/inbox">inbox</Link> for an editor to accept or dismiss.
      </p>
      {sources.length === 0 ? (
        <p className="mt-4">No source is watched for this bill.</p>
      ) : (
        <ul className="mt-4 max-w-4xl divide-y divide-rule border-y border-rule">
          {sources.map((source) => (
            <li key={source.id} className="py-4">
              <p className="font-bold">
                {source.kindLabel}: <code>{source.identifier}</code>
              </p>
              {source.matchWords.length ? <p className="mt-1">Words: {source.matchWords.join(", ")}</p> : null}
              <p className="mt-1">
                Last success: {source.lastSuccessAt ? <DateTime iso={source.lastSuccessAt} /> : "never"}.{" "}
                {source.off ? `Not polled. ${source.off}` : (
                  <>
                    Next poll: <DateTime iso={source.nextPollAt} />.
                  </>
                )}
              </p>
              {showErrors && source.lastError ? <p className="mt-1">Last error: {source.lastError}</p> : null}
              {canEdit ? (
                <div className="mt-2">
                  <RemoveWatchedSourceForm action={removeWatchedSourceAction} id={source.id} name={source.identifier} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <section aria-labelledby="add-heading" className="mt-8 max-w-4xl bg-panel p-4 sm:p-6">
          <h2 id="add-heading" className="text-2xl font-bold">
            Watch another source
          </h2>
          <AddWatchedSourceForm action={addWatchedSourceAction} billId={bill.id} />
        </section>
      ) : null}
    </>
  );
}

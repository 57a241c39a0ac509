import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { BillHeader } from "@/components/admin/bill-header";
import { RestoreForm } from "@/components/admin/restore-form";
import { TableRegion, tdClass, thClass } from "@/components/admin/table-region";
import { DateTime } from "@/components/admin/time";
import { Notice } from "@/components/forms/form-message";
import { buttonClasses, selectClass } from "@/components/forms/styles";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { INT4_MAX } from "@/lib/text";
import { getBillForEditing, getRevisionSnapshot, listBillHistory, listRevisions } from "@/lib/legislation/admin-queries";
import { changeLog } from "@/lib/legislation/change-log";
import { formatIsoDay } from "@/lib/legislation/dates";
import { diffSnapshots } from "@/lib/legislation/revision-diff";

import { restoreRevisionAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Revisions" };

function versionParam(value: string | string[] | undefined): number | undefined {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number > 0 && number <= INT4_MAX ? number : undefined;
}

const historyWords = { recorded: "History entry recorded:", corrected: "Correction recorded:", retracted: "History entry retracted:" } as const;

function Text({ value }: { value: string }) {
  return value.trim() ? <div className="whitespace-pre-wrap break-words">{value}</div> : <em className="text-muted">(empty)</em>;
}

export default async function RevisionsPage({
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
  const query = await searchParams;
  const [revisions, events] = await Promise.all([listRevisions(db, id), listBillHistory(db, id)]);
  const log = changeLog(revisions, events);
  const versions = revisions.map((revision) => revision.version);
  const to = versionParam(query.to) ?? versions[0];
  const from = versionParam(query.from) ?? versions.find((version) => to !== undefined && version < to) ?? to;
  const [before, after] = await Promise.all([
    from !== undefined ? getRevisionSnapshot(db, id, from) : null,
    to !== undefined ? getRevisionSnapshot(db, id, to) : null,
  ]);
  const changes = before && after ? diffSnapshots(before, after) : [];
  const canRestore = can(actor.role, "restore:bill:any");
  const restored = query.notice === "restored" ? versionParam(query.revision) : undefined;

  return (
    <>
      <BillHeader bill={bill} current="revisions" showAudit={can(actor.role, "read:audit:content")} />
      {restored ? <Notice>Version {restored} restored as version {bill.version}. Publication was not changed.</Notice> : null}

      <section aria-labelledby="compare-heading" className="mt-8">
        <h2 id="compare-heading" className="text-2xl font-bold">
          Compare two versions
        </h2>
        <form method="get" className="mt-4 flex flex-wrap items-end gap-4 bg-panel p-4">
          <div>
            <label htmlFor="from" className="block font-bold">
              From version
            </label>
            <select id="from" name="from" defaultValue={from} className={`${selectClass} mt-1`}>
              {versions.map((version) => (
                <option key={version} value={version}>
                  {version}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="to" className="block font-bold">
              To version
            </label>
            <select id="to" name="to" defaultValue={to} className={`${selectClass} mt-1`}>
              {versions.map((version) => (
                <option key={version} value={version}>
                  {version}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses.secondary}>
            Compare
          </button>
        </form>
        {from === to ? (
          <p className="mt-4">Choose two different versions to see what changed.</p>
        ) : changes.length === 0 ? (
          <p className="mt-4">
            Versions {from} and {to} have the same fields.
          </p>
        ) : (
          <TableRegion label={`Changes from version ${from} to version ${to}`}>
            <table className="w-full min-w-[36rem] table-fixed border-collapse">
              <caption className="text-left font-bold">
                What changed from version {from} to version {to}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={`${thClass} w-1/5`}>
                    Field
                  </th>
                  <th scope="col" className={thClass}>
                    Version {from}
                  </th>
                  <th scope="col" className={thClass}>
                    Version {to}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.field}>
                    <th scope="row" className={`${tdClass} text-left`}>
                      {change.label}
                    </th>
                    <td className={tdClass}>
                      <Text value={change.before} />
                    </td>
                    <td className={tdClass}>
                      <Text value={change.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>

      <section aria-labelledby="revisions-heading" className="mt-10">
        <h2 id="revisions-heading" className="text-2xl font-bold">
          Every change, newest first
        </h2>
        <p className="mt-2 max-w-2xl text-muted">
          Saved versions of the bill&apos;s details, and each change to its status history. Restoring brings back an earlier
          version&apos;s fields as a new version, so it can be undone too; it does not publish, unpublish or change the history.
          History entries are put right by a correction or a retraction, from the history page.
        </p>
        <ol className="mt-4 max-w-3xl border-t border-rule">
          {log.map((entry) =>
            entry.kind === "version" ? (
              <li key={`version-${entry.version}`} className="flex flex-wrap items-center justify-between gap-4 border-b border-rule py-3">
                <p>
                  <strong>Version {entry.version}</strong>
                  {entry.version === bill.version ? " (current)" : ""}, saved <DateTime iso={entry.at} />
                  {entry.by ? ` by ${entry.by}` : ""}
                </p>
                {canRestore && entry.version !== bill.version ? (
                  <RestoreForm action={restoreRevisionAction} id={bill.id} version={bill.version} revision={entry.version} />
                ) : null}
              </li>
            ) : (
              <li key={`${entry.kind}-${entry.event.id}`} className="border-b border-rule py-3">
                <p>
                  <strong>{historyWords[entry.kind]}</strong>{" "}
                  <Link href={`/admin/bills/${bill.id}/history#event-${entry.event.id}`}>
                    {formatIsoDay(entry.event.occurredOn)}: {entry.event.stageLabel}
                  </Link>
                  , <DateTime iso={entry.at} />
                  {entry.by ? ` by ${entry.by}` : ""}
                </p>
                {entry.kind === "retracted" && entry.event.retractionReason ? (
                  <p className="mt-1 text-sm">Reason: {entry.event.retractionReason}</p>
                ) : null}
              </li>
            ),
          )}
        </ol>
      </section>
    </>
  );
}

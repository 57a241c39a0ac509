import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { BillHeader } from "@/components/admin/bill-header";
import { EventHistory } from "@/components/admin/event-history";
import { emptyEvent, StatusEventForm } from "@/components/admin/status-event-form";
import { SuccessBanner } from "@/components/admin/success-banner";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, getBillForEditing, listBillHistory } from "@/lib/legislation/admin-queries";
import { formatIsoDay, todayIn } from "@/lib/legislation/dates";
import { chamberName, modelOf } from "@/lib/legislation/process";
import { ownValue } from "@/lib/lookup";

import { recordEventAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Status history" };

const notices: Record<string, string> = {
  recorded: "Status event recorded. The bill's status is updated.",
  corrected: "Correction recorded. Both entries stay visible, the old one marked as corrected.",
  retracted: "Entry retracted. It stays visible, marked as retracted with your reason.",
};

export default async function HistoryPage({
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
  const [events, bills] = await Promise.all([listBillHistory(db, id), billOptions(db)]);
  const search = await searchParams;
  const notice = ownValue(notices, String(search.notice ?? ""));
  const changed = events.find((event) => event.id === search.event);
  const canRecord = can(actor.role, "record:statusEvent:any");

  return (
    <>
      <BillHeader bill={bill} current="history" showAudit={can(actor.role, "read:audit:content")} />
      {notice ? (
        <SuccessBanner
          key={String(search.event ?? notice)}
          link={changed ? { href: `#event-${changed.id}`, label: `See the entry of ${formatIsoDay(changed.occurredOn)}` } : undefined}>
          {notice}
        </SuccessBanner>
      ) : null}
      {canRecord ? (
        <section aria-labelledby="record-heading" className="mt-8 max-w-4xl bg-panel p-4 sm:p-6">
          <h2 id="record-heading" className="text-2xl font-bold">
            Record a status event
          </h2>
          <p className="mt-2">
            How to record each legislature&rsquo;s steps, with examples: <Link href="/admin/guide">the editors&rsquo; guide</Link>.
          </p>
          <StatusEventForm
            key={events.length}
            action={recordEventAction}
            jurisdiction={bill.jurisdiction}
            region={bill.region}
            numbers={bill.numbers}
            otherBills={bills.filter((other) => other.id !== bill.id)}
            billId={bill.id}
            initial={emptyEvent}
            submitLabel="Record event"
            today={todayIn(modelOf(bill.jurisdiction).timeZone)}
          />
        </section>
      ) : null}
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-2xl font-bold">
          History
        </h2>
        <p className="mt-2 max-w-2xl text-muted">
          Newest first. Corrections and retractions never delete anything: the public sees them too.
        </p>
        <EventHistory
          billId={bill.id}
          events={events}
          canEdit={can(actor.role, "correct:statusEvent:any")}
          chamberName={(code) => chamberName(modelOf(bill.jurisdiction), code, bill.region)}
          jurisdiction={bill.jurisdiction}
          region={bill.region}
        />
      </section>
    </>
  );
}

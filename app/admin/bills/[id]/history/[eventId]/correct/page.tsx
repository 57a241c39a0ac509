import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { StatusEventForm } from "@/components/admin/status-event-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, getBillForEditing, getStatusEvent } from "@/lib/legislation/admin-queries";
import { formatDay, parseDay, todayIn } from "@/lib/legislation/dates";
import { modelOf } from "@/lib/legislation/process";

import { correctEventAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Correct a status event" };

export default async function CorrectEventPage({ params }: { params: Promise<{ id: string; eventId: string }> }) {
  await requirePermission("correct:statusEvent:any");
  const { id, eventId } = await params;
  const [bill, event, bills] = await Promise.all([getBillForEditing(db, id), getStatusEvent(db, eventId), billOptions(db)]);
  if (!bill || !event || event.billId !== bill.id) notFound();
  const occurred = parseDay(event.occurredOn);

  return (
    <>
      <p className="text-lg text-muted">
        <Link href={`/admin/bills/${bill.id}/history`}>{bill.shortTitle}: status history</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Correct an entry</h1>
      {event.status !== "current" ? (
        <p className="mt-4 text-lg">
          This entry has already been {event.status === "retracted" ? "retracted" : "corrected"}, so it cannot be corrected again.{" "}
          <Link href={`/admin/bills/${bill.id}/history#event-${event.id}`}>Back to the history</Link>.
        </p>
      ) : (
        <>
          <p className="mt-4 max-w-2xl text-lg">
            You are correcting “{event.stageLabel}” of {occurred ? formatDay(occurred) : event.occurredOn}. Your correction is
            recorded as a new entry; the original stays visible, marked as corrected, with your note.
          </p>
          <StatusEventForm
            action={correctEventAction}
            jurisdiction={bill.jurisdiction}
            region={bill.region}
            numbers={bill.numbers}
            otherBills={bills.filter((other) => other.id !== bill.id)}
            billId={bill.id}
            eventId={event.id}
            initial={{
              step: `${event.path}:${event.stage}`,
              occurredOn: event.occurredOn,
              chamber: event.chamber ?? "",
              billNumber: event.billNumber ?? "",
              attemptFailed: event.attemptFailed ? "yes" : "",
              body: event.body ?? "",
              subject: event.subject ?? "",
              provisions: event.provisions ?? "",
              relatedBillId: event.relatedBillId ?? "",
              description: event.description,
              vote: event.vote ?? "",
              sourceUrl: event.sourceUrl,
              sourceKind: event.sourceKind,
              archiveUrl: event.archiveUrl ?? "",
              note: "",
              textVersionCode: event.textVersionCode ?? "",
              textSection: event.textSection ?? "",
            }}
            submitLabel="Record correction"
            cancelHref={`/admin/bills/${bill.id}/history`}
            today={todayIn(modelOf(bill.jurisdiction).timeZone)}
          />
        </>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RetractForm } from "@/components/admin/retract-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getBillForEditing, getStatusEvent } from "@/lib/legislation/admin-queries";
import { formatDay, parseDay } from "@/lib/legislation/dates";

import { retractEventAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Retract a status event" };

export default async function RetractEventPage({ params }: { params: Promise<{ id: string; eventId: string }> }) {
  await requirePermission("retract:statusEvent:any");
  const { id, eventId } = await params;
  const [bill, event] = await Promise.all([getBillForEditing(db, id), getStatusEvent(db, eventId)]);
  if (!bill || !event || event.billId !== bill.id) notFound();
  const occurred = parseDay(event.occurredOn);

  return (
    <>
      <p className="text-lg text-muted">
        <Link href={`/admin/bills/${bill.id}/history`}>{bill.shortTitle}: status history</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Retract an entry</h1>
      <div className="mt-6 max-w-3xl border-l-4 border-rule pl-4">
        <p className="font-bold">
          {occurred ? formatDay(occurred) : event.occurredOn}: {event.stageLabel}
        </p>
        <p className="mt-1">{event.description}</p>
      </div>
      {event.status !== "current" ? (
        <p className="mt-6 text-lg">
          This entry has already been {event.status === "retracted" ? "retracted" : "corrected"}.{" "}
          <Link href={`/admin/bills/${bill.id}/history`}>Back to the history</Link>.
        </p>
      ) : (
        <>
          <p className="mt-6 max-w-2xl text-lg">
            Retract an entry that should never have been recorded. It stays in the public history, marked as retracted with your
            reason, and no longer counts towards the bill&apos;s stage. To fix a detail instead, correct it.
          </p>
          <RetractForm action={retractEventAction} billId={bill.id} eventId={event.id} cancelHref={`/admin/bills/${bill.id}/history`} />
        </>
      )}
    </>
  );
}

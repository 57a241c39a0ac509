import type { Metadata } from "next";
import Link from "next/link";

import { KeyDateForm } from "@/components/admin/key-date-form";
import { RecordListPage } from "@/components/admin/record-list-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, chosenBill, listKeyDates } from "@/lib/legislation/admin-queries";
import { formatIsoDay } from "@/lib/legislation/dates";
import { ownValue } from "@/lib/lookup";

import { createKeyDateAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Key dates" };

const notices: Record<string, string> = { added: "Key date added.", saved: "Key date saved.", deleted: "Key date deleted." };

export default async function KeyDatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("manage:keyDate:any");
  const query = await searchParams;
  const bills = await billOptions(db);
  const bill = chosenBill(bills, query.bill);
  const keyDates = await listKeyDates(db, { billId: bill?.id });

  return (
    <RecordListPage
      bill={bill}
      heading={bill ? `Key dates of ${bill.label}` : "Key dates"}
      intro="Dated milestones that are not stages: compliance deadlines, hearings, consultations closing. They feed the public calendar."
      everyHref="/admin/key-dates"
      everyLabel="Show every key date"
      notice={ownValue(notices, String(query.notice ?? ""))}
      items={keyDates}
      empty="No key dates yet."
      entry={(keyDate) => ({
        line: (
          <>
            <time dateTime={keyDate.date} className="font-bold">
              {formatIsoDay(keyDate.date)}
            </time>
            : <Link href={`/admin/key-dates/${keyDate.id}`}>{keyDate.title}</Link>
          </>
        ),
        detail: keyDate.billTitle ?? "Not tied to one bill",
      })}
      addHeading="Add a key date"
      form={
        <KeyDateForm
          key={keyDates.length}
          action={createKeyDateAction}
          bills={bills}
          initial={{ billId: bill?.id ?? "", date: "", title: "", description: "", sourceUrl: "" }}
          submitLabel="Add key date"
        />
      }
    />
  );
}

import type { Metadata } from "next";
import Link from "next/link";

import { KeyDateForm } from "@/components/admin/key-date-form";
import { Notice } from "@/components/forms/form-message";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, listKeyDates } from "@/lib/legislation/admin-queries";
import { formatDay, parseDay } from "@/lib/legislation/dates";
import { ownValue } from "@/lib/lookup";

import { createKeyDateAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Key dates" };

const notices: Record<string, string> = { added: "Key date added.", saved: "Key date saved.", deleted: "Key date deleted." };

function day(value: string): string {
  const parsed = parseDay(value);
  return parsed ? formatDay(parsed) : value;
}

export default async function KeyDatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("manage:keyDate:any");
  const query = await searchParams;
  const bills = await billOptions(db);
  const billId = typeof query.bill === "string" && bills.some((bill) => bill.id === query.bill) ? query.bill : undefined;
  const keyDates = await listKeyDates(db, { billId });
  const bill = bills.find((option) => option.id === billId);
  const notice = ownValue(notices, String(query.notice ?? ""));

  return (
    <>
      {bill ? (
        <p className="text-lg text-muted">
          <Link href={`/admin/bills/${bill.id}`}>{bill.label}</Link>
        </p>
      ) : null}
      <h1 className="mt-1 text-4xl font-bold">{bill ? `Key dates of ${bill.label}` : "Key dates"}</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Dated milestones that are not stages: compliance deadlines, hearings, consultations closing. They feed the public
        calendar.
        {bill ? (
          <>
            {" "}
            <Link href="/admin/key-dates">Show every key date</Link>.
          </>
        ) : null}
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      {keyDates.length === 0 ? (
        <p className="mt-6">No key dates yet.</p>
      ) : (
        <ul className="mt-6 max-w-3xl border-t border-rule">
          {keyDates.map((keyDate) => (
            <li key={keyDate.id} className="border-b border-rule py-3">
              <p>
                <time dateTime={keyDate.date} className="font-bold">
                  {day(keyDate.date)}
                </time>
                : <Link href={`/admin/key-dates/${keyDate.id}`}>{keyDate.title}</Link>
              </p>
              <p className="text-sm text-muted">{keyDate.billTitle ?? "Not tied to one bill"}</p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-heading" className="mt-10 max-w-4xl bg-panel p-4 sm:p-6">
        <h2 id="add-heading" className="text-2xl font-bold">
          Add a key date
        </h2>
        <KeyDateForm
          key={keyDates.length}
          action={createKeyDateAction}
          bills={bills}
          initial={{ billId: billId ?? "", date: "", title: "", description: "", sourceUrl: "" }}
          submitLabel="Add key date"
        />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

import { WindowForm } from "@/components/admin/window-form";
import { Notice } from "@/components/forms/form-message";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, listWindows } from "@/lib/legislation/admin-queries";
import { formatIsoDay, today } from "@/lib/legislation/dates";
import { participationKindLabels, windowState, windowStateLabels } from "@/lib/legislation/windows";
import { ownValue } from "@/lib/lookup";

import { createWindowAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Windows to take part" };

const notices: Record<string, string> = { added: "Window added.", saved: "Window saved.", deleted: "Window deleted." };

export default async function WindowsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("manage:window:any");
  const query = await searchParams;
  const bills = await billOptions(db);
  const billId = typeof query.bill === "string" && bills.some((bill) => bill.id === query.bill) ? query.bill : undefined;
  const windows = await listWindows(db, { billId });
  const bill = bills.find((option) => option.id === billId);
  const notice = ownValue(notices, String(query.notice ?? ""));
  const day = today();

  return (
    <>
      {bill ? (
        <p className="text-lg text-muted">
          <Link href={`/admin/bills/${bill.id}`}>{bill.label}</Link>
        </p>
      ) : null}
      <h1 className="mt-1 text-4xl font-bold">{bill ? `Windows to take part in ${bill.label}` : "Windows to take part"}</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Consultations, calls for evidence and comment periods, with when they open and close and how to respond. They show on
        the board while open, on the bill&rsquo;s page and in the calendars; subscribers are alerted when one opens and
        reminded seven days before it closes.
        {bill ? (
          <>
            {" "}
            <Link href="/admin/windows">Show every window</Link>.
          </>
        ) : null}
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      {windows.length === 0 ? (
        <p className="mt-6">No windows yet.</p>
      ) : (
        <ul className="mt-6 max-w-3xl border-t border-rule">
          {windows.map((window) => (
            <li key={window.id} className="border-b border-rule py-3">
              <p>
                <span className="font-bold">{windowStateLabels[windowState(window, day)]}</span>:{" "}
                <Link href={`/admin/windows/${window.id}`}>{window.title}</Link>
              </p>
              <p className="text-sm text-muted">
                {participationKindLabels[window.kind]} · {window.billTitle} · {formatIsoDay(window.opensOn)} to {formatIsoDay(window.closesOn)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-heading" className="mt-10 max-w-4xl bg-panel p-4 sm:p-6">
        <h2 id="add-heading" className="text-2xl font-bold">
          Add a window
        </h2>
        <WindowForm
          key={windows.length}
          action={createWindowAction}
          bills={bills}
          initial={{ billId: billId ?? "", kind: "", title: "", runBy: "", respondUrl: "", description: "", opensOn: "", closesOn: "" }}
          submitLabel="Add window"
        />
      </section>
    </>
  );
}

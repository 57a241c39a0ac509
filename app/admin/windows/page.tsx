import type { Metadata } from "next";
import Link from "next/link";

import { RecordListPage } from "@/components/admin/record-list-page";
import { WindowForm } from "@/components/admin/window-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, chosenBill, listWindows } from "@/lib/legislation/admin-queries";
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
  const bill = chosenBill(bills, query.bill);
  const windows = await listWindows(db, { billId: bill?.id });
  const day = today();

  return (
    <RecordListPage
      bill={bill}
      heading={bill ? `Windows to take part in ${bill.label}` : "Windows to take part"}
      intro={
        <>
          Consultations, calls for evidence and comment periods, with when they open and close and how to respond. They show on
          the board while open, on the bill&rsquo;s page and in the calendars; subscribers are alerted when one opens and
          reminded seven days before it closes.
        </>
      }
      everyHref="/admin/windows"
      everyLabel="Show every window"
      notice={ownValue(notices, String(query.notice ?? ""))}
      items={windows}
      empty="No windows yet."
      entry={(window) => ({
        line: (
          <>
            <span className="font-bold">{windowStateLabels[windowState(window, day)]}</span>:{" "}
            <Link href={`/admin/windows/${window.id}`}>{window.title}</Link>
          </>
        ),
        detail: `${participationKindLabels[window.kind]} · ${window.billTitle} · ${formatIsoDay(window.opensOn)} to ${formatIsoDay(window.closesOn)}`,
      })}
      addHeading="Add a window"
      form={
        <WindowForm
          key={windows.length}
          action={createWindowAction}
          bills={bills}
          initial={{ billId: bill?.id ?? "", kind: "", title: "", runBy: "", respondUrl: "", description: "", opensOn: "", closesOn: "" }}
          submitLabel="Add window"
        />
      }
    />
  );
}

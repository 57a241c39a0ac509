import type { Metadata } from "next";
import Link from "next/link";

import { PositionForm } from "@/components/admin/position-form";
import { RecordListPage } from "@/components/admin/record-list-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, chosenBill, listOrganisations, listPositions } from "@/lib/legislation/admin-queries";
import { formatIsoDay } from "@/lib/legislation/dates";
import { positionStanceLabels } from "@/lib/legislation/positions";
import { ownValue } from "@/lib/lookup";

import { recordPositionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Positions" };

const notices: Record<string, string> = { recorded: "Position recorded.", saved: "Position saved.", deleted: "Position deleted." };

export default async function PositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("manage:position:any");
  const query = await searchParams;
  const [bills, organisations] = await Promise.all([billOptions(db), listOrganisations(db)]);
  const bill = chosenBill(bills, query.bill);
  const positions = await listPositions(db, { billId: bill?.id });
  const own = organisations.find((organisation) => organisation.isOwn);

  return (
    <RecordListPage
      bill={bill}
      heading={bill ? `Positions on ${bill.label}` : "Positions"}
      intro={
        <>
          Where organisations stand on each bill, dated. When an organisation changes its position, record the new one: the
          earlier one stays in the bill&rsquo;s history. Edit a position only to correct what was recorded.
        </>
      }
      everyHref="/admin/positions"
      everyLabel="Show every position"
      notice={ownValue(notices, String(query.notice ?? ""))}
      items={positions}
      empty="No positions yet."
      entry={(position) => ({
        line: (
          <>
            <time dateTime={position.statedOn} className="font-bold">
              {formatIsoDay(position.statedOn)}
            </time>
            : {position.organisationName},{" "}
            <Link href={`/admin/positions/${position.id}`}>{positionStanceLabels[position.stance]}</Link>
          </>
        ),
        detail: position.billTitle,
      })}
      addHeading="Record a position"
      form={
        <PositionForm
          key={positions.length}
          action={recordPositionAction}
          bills={bills}
          organisations={organisations}
          initial={{ billId: bill?.id ?? "", organisationId: own?.id ?? "", stance: "", statement: "", sourceUrl: "", statedOn: "" }}
          submitLabel="Record position"
        />
      }
    />
  );
}

import type { Metadata } from "next";
import Link from "next/link";

import { PositionForm } from "@/components/admin/position-form";
import { Notice } from "@/components/forms/form-message";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, listOrganisations, listPositions } from "@/lib/legislation/admin-queries";
import { formatDay, parseDay } from "@/lib/legislation/dates";
import { positionStanceLabels } from "@/lib/legislation/positions";
import { ownValue } from "@/lib/lookup";

import { recordPositionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Positions" };

const notices: Record<string, string> = { recorded: "Position recorded.", saved: "Position saved.", deleted: "Position deleted." };

function day(value: string): string {
  const parsed = parseDay(value);
  return parsed ? formatDay(parsed) : value;
}

export default async function PositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("manage:position:any");
  const query = await searchParams;
  const [bills, organisations] = await Promise.all([billOptions(db), listOrganisations(db)]);
  const billId = typeof query.bill === "string" && bills.some((bill) => bill.id === query.bill) ? query.bill : undefined;
  const positions = await listPositions(db, { billId });
  const bill = bills.find((option) => option.id === billId);
  const notice = ownValue(notices, String(query.notice ?? ""));
  const own = organisations.find((organisation) => organisation.isOwn);

  return (
    <>
      {bill ? (
        <p className="text-lg text-muted">
          <Link href={`/admin/bills/${bill.id}`}>{bill.label}</Link>
        </p>
      ) : null}
      <h1 className="mt-1 text-4xl font-bold">{bill ? `Positions on ${bill.label}` : "Positions"}</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Where organisations stand on each bill, dated. When an organisation changes its position, record the new one: the
        earlier one stays in the bill&rsquo;s history. Edit a position only to correct what was recorded.
        {bill ? (
          <>
            {" "}
            <Link href="/admin/positions">Show every position</Link>.
          </>
        ) : null}
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      {positions.length === 0 ? (
        <p className="mt-6">No positions yet.</p>
      ) : (
        <ul className="mt-6 max-w-3xl border-t border-rule">
          {positions.map((position) => (
            <li key={position.id} className="border-b border-rule py-3">
              <p>
                <time dateTime={position.statedOn} className="font-bold">
                  {day(position.statedOn)}
                </time>
                : {position.organisationName},{" "}
                <Link href={`/admin/positions/${position.id}`}>{positionStanceLabels[position.stance]}</Link>
              </p>
              <p className="text-sm text-muted">{position.billTitle}</p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-heading" className="mt-10 max-w-4xl bg-panel p-4 sm:p-6">
        <h2 id="add-heading" className="text-2xl font-bold">
          Record a position
        </h2>
        <PositionForm
          key={positions.length}
          action={recordPositionAction}
          bills={bills}
          organisations={organisations}
          initial={{ billId: billId ?? "", organisationId: own?.id ?? "", stance: "", statement: "", sourceUrl: "", statedOn: "" }}
          submitLabel="Record position"
        />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

import { PublicationTag } from "@/components/admin/publication-tag";
import { TableRegion, tdClass, thClass } from "@/components/admin/table-region";
import { DateTime } from "@/components/admin/time";
import { Notice } from "@/components/forms/form-message";
import { buttonClasses, inputClass, selectClass } from "@/components/forms/styles";
import { legislatureName } from "@/lib/legislation/process";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listAdminBills, type BillSort, type BillState } from "@/lib/legislation/admin-queries";
import { storableText } from "@/lib/text";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Bills" };

const states: Record<BillState, string> = { draft: "Drafts", scheduled: "Scheduled", published: "Published" };
const sorts: Record<BillSort, string> = { updated: "Recently edited", activity: "Latest status event", title: "Short title (A to Z)" };

function pick<T extends string>(value: string | string[] | undefined, allowed: Record<T, string>): T | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && Object.hasOwn(allowed, first) ? (first as T) : undefined;
}

export default async function BillsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("read:bill:any");
  const params = await searchParams;
  const q = storableText((Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 200) ?? "");
  const state = pick(params.state, states);
  const sort = pick(params.sort, sorts) ?? "updated";
  const bills = await listAdminBills(db, { q, state, sort });
  const filtered = q !== "" || state !== undefined;
  const deleted = params.notice === "deleted";

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-4xl font-bold">Bills</h1>
        <Link href="/admin/bills/new" className={buttonClasses.primary}>
          Add a bill
        </Link>
      </div>

      {deleted ? <Notice>Draft deleted.</Notice> : null}

      <form method="get" role="search" aria-label="Find bills" className="mt-6 flex flex-wrap items-end gap-4 bg-panel p-4">
        <div className="min-w-56 grow">
          <label htmlFor="q" className="block font-bold">
            Title, address or bill number
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className={`${inputClass} mt-1`} />
        </div>
        <div>
          <label htmlFor="state" className="block font-bold">
            Publication
          </label>
          <select id="state" name="state" defaultValue={state ?? ""} className={`${selectClass} mt-1`}>
            <option value="">All bills</option>
            {Object.entries(states).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="block font-bold">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={sort} className={`${selectClass} mt-1`}>
            {Object.entries(sorts).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClasses.secondary}>
          Show bills
        </button>
      </form>

      <p role="status" className="mt-6">
        {bills.length === 1 ? "1 bill" : `${bills.length} bills`}
        {filtered ? " match" : ""}
        {filtered ? (
          <>
            {" "}
            · <Link href="/admin/bills">Clear the search</Link>
          </>
        ) : null}
      </p>

      {bills.length > 0 ? (
        <TableRegion label="Bills">
          <table className="w-full min-w-[40rem] border-collapse">
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Bill
                </th>
                <th scope="col" className={thClass}>
                  Stage
                </th>
                <th scope="col" className={thClass}>
                  Publication
                </th>
                <th scope="col" className={thClass}>
                  Last edited
                </th>
              </tr>
            </thead>
            <tbody>
              {bills.map((bill) => (
                <tr key={bill.id}>
                  <td className={tdClass}>
                    <Link href={`/admin/bills/${bill.id}`} className="font-bold">
                      {bill.shortTitle}
                    </Link>
                    <span className="block text-sm text-muted">
                      {legislatureName(bill.jurisdiction)}
                      {bill.numbers.length ? ` · ${bill.numbers.join(" / ")}` : ""}
                    </span>
                  </td>
                  <td className={tdClass}>{bill.stageLabel}</td>
                  <td className={tdClass}>
                    <PublicationTag state={bill.state} publishAt={bill.publishAt} live={bill.live} />
                  </td>
                  <td className={tdClass}>
                    <DateTime iso={bill.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </>
  );
}

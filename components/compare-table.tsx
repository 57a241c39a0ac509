import Link from "next/link";

import { compareRows, type ComparableBill } from "@/lib/legislation/compare";
import { NOT_RECORDED } from "@/lib/legislation/provision-categories";

// Categories down the side, bills across the top: a real table, so a screen reader announces
// the category and the bill of every cell. On a narrow screen the table scrolls sideways in a
// focusable region with the category column kept in view; printed, it is shown whole.

export function CompareTable({ bills }: { bills: readonly ComparableBill[] }) {
  const rows = compareRows(bills);
  return (
    <>
      {/* The heading names the table but sits outside the region that scrolls, so it stays readable on a phone. */}
      <h2 id="compare-heading" className="mt-10 text-2xl font-bold">
        Provisions by category
      </h2>
      <p className="mt-1 text-muted">{bills.map((bill) => bill.shortTitle).join(" · ")}</p>
      <div role="region" aria-labelledby="compare-heading" tabIndex={0} className="mt-4 max-w-full overflow-x-auto print:overflow-visible">
      <table aria-labelledby="compare-heading" className="w-full min-w-[40rem] border-collapse text-left print:min-w-0">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 w-40 border-b-2 border-ink bg-surface px-2 py-2 align-bottom print:static">
              Category
            </th>
            {bills.map((bill) => (
              <th key={bill.slug} scope="col" className="min-w-56 border-b-2 border-ink px-2 py-2 align-bottom">
                <Link href={`/bills/${bill.slug}`}>{bill.shortTitle}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row" className="sticky left-0 border-b border-rule bg-surface px-2 py-3 align-top font-bold print:static">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={bills[index]?.slug ?? index} className="border-b border-rule px-2 py-3 align-top">
                  {cell.length === 0 ? (
                    <span className="text-muted italic">{NOT_RECORDED}</span>
                  ) : (
                    <ul className="space-y-2">
                      {cell.map((provision) => (
                        <li key={provision.id}>
                          {provision.text}
                          {provision.citation ? <span className="block text-sm text-muted">{provision.citation}</span> : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}

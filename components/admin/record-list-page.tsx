import Link from "next/link";
import type { ReactNode } from "react";

import { Notice } from "@/components/forms/form-message";
import type { BillOption } from "@/lib/legislation/admin-queries";

// The page of one kind of record (key dates, provisions, positions, windows): for every bill or
// one, with what it is for, the list, and the form to add one under it.

export function RecordListPage<Item extends { id: string }>({
  bill,
  heading,
  intro,
  everyHref,
  everyLabel,
  notice,
  items,
  empty,
  entry,
  addHeading,
  form,
}: {
  /** The bill the list is narrowed to, if any. */
  bill: BillOption | undefined;
  heading: string;
  intro: ReactNode;
  /** The unnarrowed list, offered when narrowed to one bill. */
  everyHref: string;
  everyLabel: string;
  notice: string | undefined;
  items: readonly Item[];
  empty: string;
  /** An item's line (a link to edit it) and the line under it. */
  entry: (item: Item) => { line: ReactNode; detail: ReactNode };
  addHeading: string;
  form: ReactNode;
}) {
  return (
    <>
      {bill ? (
        <p className="text-lg text-muted">
          <Link href={`/admin/bills/${bill.id}`}>{bill.label}</Link>
        </p>
      ) : null}
      <h1 className="mt-1 text-4xl font-bold">{heading}</h1>
      <p className="mt-4 max-w-2xl text-lg">
        {intro}
        {bill ? (
          <>
            {" "}
            <Link href={everyHref}>{everyLabel}</Link>.
          </>
        ) : null}
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      {items.length === 0 ? (
        <p className="mt-6">{empty}</p>
      ) : (
        <ul className="mt-6 max-w-3xl border-t border-rule">
          {items.map((item) => {
            const { line, detail } = entry(item);
            return (
              <li key={item.id} className="border-b border-rule py-3">
                <p>{line}</p>
                <p className="text-sm text-muted">{detail}</p>
              </li>
            );
          })}
        </ul>
      )}
      <section aria-labelledby="add-heading" className="mt-10 max-w-4xl bg-panel p-4 sm:p-6">
        <h2 id="add-heading" className="text-2xl font-bold">
          {addHeading}
        </h2>
        {form}
      </section>
    </>
  );
}

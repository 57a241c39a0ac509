import Link from "next/link";

import { Day } from "./day";
import { SourceLink } from "./source-link";

export interface KeyDateItem {
  id: string;
  date: string;
  title: string;
  description: string | null;
  sourceUrl: string;
  bill?: { slug: string; shortTitle: string } | null;
}

/** Key dates (deadlines, commencements) with their sources. */
export function KeyDateList({ keyDates }: { keyDates: readonly KeyDateItem[] }) {
  return (
    <ul className="mt-3 space-y-4">
      {keyDates.map((keyDate) => (
        <li key={keyDate.id} className="border-l-4 border-link pl-3">
          <p className="font-bold">
            <Day value={keyDate.date} />
          </p>
          <p>{keyDate.title}</p>
          {keyDate.bill ? (
            <p className="text-sm">
              <Link href={`/bills/${keyDate.bill.slug}`}>{keyDate.bill.shortTitle}</Link>
            </p>
          ) : null}
          {keyDate.description ? <p className="text-sm text-muted">{keyDate.description}</p> : null}
          <p className="text-sm">
            <SourceLink url={keyDate.sourceUrl} />
          </p>
        </li>
      ))}
    </ul>
  );
}

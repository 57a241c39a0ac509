import Link from "next/link";

import { formatDay, parseDay } from "@/lib/legislation/dates";
import type { BoardBill as BoardBillData } from "@/lib/legislation/queries";

import { chamberNames, jurisdictionNames } from "./jurisdiction-name";
import { SourceLink } from "./source-link";
import { StageTag } from "./stage-tag";

function day(value: string): string {
  const parsed = parseDay(value);
  return parsed ? formatDay(parsed) : value;
}

export function BoardBill({ bill }: { bill: BoardBillData }) {
  const event = bill.latestEvent;
  return (
    <article aria-labelledby={`bill-${bill.slug}`} className="border-t border-rule py-6">
      <h2 id={`bill-${bill.slug}`} className="text-2xl font-bold leading-tight">
        <Link href={`/bills/${bill.slug}`}>{bill.shortTitle}</Link>
      </h2>
      {bill.title !== bill.shortTitle ? <p className="mt-1 text-muted">{bill.title}</p> : null}
      <p className="mt-2 text-sm text-muted">
        {jurisdictionNames[bill.jurisdiction]}
        {bill.numbers.length ? <> · {bill.numbers.join(" / ")}</> : null}
      </p>
      <p className="mt-3">
        <StageTag label={bill.stageLabel} outcome={bill.outcome} />
      </p>
      {event ? (
        <div className="mt-3 border-l-4 border-rule pl-4">
          <p>
            <span className="font-bold">Latest: </span>
            <time dateTime={event.occurredOn}>{day(event.occurredOn)}</time>
            {event.chamber ? <> · {chamberNames[event.chamber] ?? event.chamber}</> : null}
          </p>
          <p className="mt-1">{event.description}</p>
          <p className="mt-1 text-sm">
            <SourceLink url={event.sourceUrl} kind={event.sourceKind} />
          </p>
        </div>
      ) : null}
      {bill.verifiedOn ? (
        <p className="mt-3 text-sm text-muted">
          Facts last checked against sources on <time dateTime={bill.verifiedOn}>{day(bill.verifiedOn)}</time>.
        </p>
      ) : null}
    </article>
  );
}

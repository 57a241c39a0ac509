import Link from "next/link";

import { chamberName, legislatureName, modelOf } from "@/lib/legislation/process";
import type { BoardBill as BoardBillData } from "@/lib/legislation/queries";

import { CompactTracker } from "./compact-tracker";
import { Day } from "./day";
import { Highlighted } from "./highlighted";
import { NextSteps } from "./next-steps";
import { PhaseTag } from "./phase-tag";
import { SourceLink } from "./source-link";

function Numbers({ bill }: { bill: BoardBillData }) {
  const matched = new Set(bill.match?.numbers ?? []);
  return bill.numbers.map((number, index) => (
    <span key={number}>
      {index > 0 ? " / " : null}
      {matched.has(number) ? <mark className="bg-notice-bg px-0.5 font-bold text-notice-fg">{number}</mark> : number}
    </span>
  ));
}

export function BoardBill({ bill }: { bill: BoardBillData }) {
  const event = bill.latestEvent;
  const match = bill.match;
  return (
    <article aria-labelledby={`bill-${bill.slug}`} className="border-t border-rule py-6">
      <h3 id={`bill-${bill.slug}`} className="text-2xl font-bold leading-tight">
        <Link href={`/bills/${bill.slug}`}>{match ? <Highlighted text={match.shortTitle} /> : bill.shortTitle}</Link>
      </h3>
      {bill.title !== bill.shortTitle ? (
        <p className="mt-1 text-muted">{match ? <Highlighted text={match.title} /> : bill.title}</p>
      ) : null}
      <p className="mt-2 text-sm text-muted">
        {legislatureName(bill.jurisdiction)}
        {bill.region ? <> · {bill.region}</> : null}
        {bill.numbers.length ? (
          <>
            {" · "}
            <Numbers bill={bill} />
          </>
        ) : null}
      </p>
      <p className="mt-3 text-lg font-bold">
        <span className="sr-only">Status: </span>
        <span>{bill.status.sentence || "No status recorded yet"}</span>
      </p>
      <p className="mt-2">
        <PhaseTag phase={bill.status.phase} />
      </p>
      <CompactTracker status={bill.status} />
      <NextSteps steps={bill.status.nextSteps} compact />
      {match?.summary ? (
        <p className="mt-3">
          <span className="font-bold">Summary: </span>
          <Highlighted text={match.summary} />
        </p>
      ) : null}
      {match?.event ? (
        <p className="mt-3">
          <span className="font-bold">
            In the status history, <Day value={match.event.occurredOn} />:{" "}
          </span>
          <Highlighted text={match.event.description} />
        </p>
      ) : null}
      {event ? (
        <div className="mt-3 border-l-4 border-rule pl-4">
          <p>
            <span className="font-bold">Latest: </span>
            <Day value={event.occurredOn} />
            {event.chamber ? <> · {chamberName(modelOf(bill.jurisdiction), event.chamber, bill.region)}</> : null}
          </p>
          <p className="mt-1">{event.description}</p>
          <p className="mt-1 text-sm">
            <SourceLink url={event.sourceUrl} kind={event.sourceKind} />
          </p>
        </div>
      ) : null}
      {bill.verifiedOn ? (
        <p className="mt-3 text-sm text-muted">
          Facts last checked against sources on <Day value={bill.verifiedOn} />.
        </p>
      ) : null}
    </article>
  );
}

import Link from "next/link";

import { DateTime } from "@/components/admin/time";
import { chamberName, modelOf } from "@/lib/legislation/process";
import { formatIsoDay } from "@/lib/legislation/dates";
import type { ChangeKind, TimelineChange } from "@/lib/legislation/queries";

import { Day } from "./day";
import { SourceLink } from "./source-link";

function byDay(changes: readonly TimelineChange[]): { day: string; changes: TimelineChange[] }[] {
  const groups: { day: string; changes: TimelineChange[] }[] = [];
  for (const change of changes) {
    const day = change.at.slice(0, 10);
    const group = groups.at(-1);
    if (group?.day === day) group.changes.push(change);
    else groups.push({ day, changes: [change] });
  }
  return groups;
}

const kindWords: Record<ChangeKind, string> = {
  recorded: "Recorded",
  corrected: "Corrected",
  retracted: "Retracted",
  published: "Bill published",
};

/** What the tracker changed, newest first, under a heading per day of the change (UTC). */
export function ChangeList({ changes }: { changes: readonly TimelineChange[] }) {
  return byDay(changes).map((group) => (
    <section key={group.day} aria-labelledby={`changed-${group.day}`} className="mt-8">
      <h2 id={`changed-${group.day}`} className="border-b-2 border-ink pb-1 text-2xl font-bold">
        Changed on {formatIsoDay(group.day)}
      </h2>
      <ol>
        {group.changes.map((change) => (
          <li key={change.key} className="border-b border-rule py-4" data-change={change.kind}>
            <p className="text-sm">
              <strong className="mr-2 inline-block border-2 border-ink px-1.5 font-bold">{kindWords[change.kind]}</strong>
              <DateTime iso={change.at} />
            </p>
            {change.event ? <EventChange change={change} event={change.event} /> : <PublishedBill change={change} />}
          </li>
        ))}
      </ol>
    </section>
  ));
}

function EventChange({ change, event }: { change: TimelineChange; event: NonNullable<TimelineChange["event"]> }) {
  return (
    <>
      <h3 className="mt-2 text-lg font-bold">
        <Link href={`/bills/${change.bill.slug}#event-${event.id}`}>{change.bill.shortTitle}</Link>: {event.stageLabel}
      </h3>
      <p className="mt-1 text-sm font-bold">
        Took place on <Day value={event.occurredOn} />
        {event.chamber ? <> · {chamberName(modelOf(change.bill.jurisdiction), event.chamber, change.bill.region)}</> : null}
      </p>
      <p className="mt-1 max-w-3xl">{event.description}</p>
      {change.kind === "retracted" && change.retractionReason ? (
        <p className="mt-1 max-w-3xl">Why it was retracted: {change.retractionReason}</p>
      ) : null}
      {change.kind === "corrected" ? <p className="mt-1 text-sm">This replaces an earlier version of the entry.</p> : null}
      {event.vote ? <p className="mt-1 text-sm">Vote: {event.vote}</p> : null}
      <p className="mt-1 text-sm">
        <SourceLink url={event.sourceUrl} kind={event.sourceKind} />
      </p>
    </>
  );
}

function PublishedBill({ change }: { change: TimelineChange }) {
  return (
    <h3 className="mt-2 text-lg font-bold">
      <Link href={`/bills/${change.bill.slug}`}>{change.bill.shortTitle}</Link> is now on the tracker
    </h3>
  );
}

import Link from "next/link";

import { chamberName, modelOf } from "@/lib/legislation/process";
import { formatMonth } from "@/lib/legislation/dates";
import type { TimelineEvent } from "@/lib/legislation/queries";

import { Day } from "./day";
import { SourceLink } from "./source-link";

function byMonth(events: readonly TimelineEvent[]): { month: string; events: TimelineEvent[] }[] {
  const groups: { month: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const month = event.occurredOn.slice(0, 7);
    const group = groups.at(-1);
    if (group?.month === month) group.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

const statusWords = { superseded: " (corrected)", retracted: " (retracted)", effective: "" } as const;

/** Status events, newest first, under a heading per month; each links to its bill's history. */
export function TimelineList({ events }: { events: readonly TimelineEvent[] }) {
  return byMonth(events).map((group) => (
    <section key={group.month} aria-labelledby={`month-${group.month}`} className="mt-8">
      <h2 id={`month-${group.month}`} className="border-b-2 border-ink pb-1 text-2xl font-bold">
        {formatMonth(group.month)}
      </h2>
      <ol>
        {group.events.map((event) => (
          <li key={event.id} className={`border-b border-rule py-4 ${event.status === "effective" ? "" : "text-muted"}`}>
            <p className="text-sm font-bold">
              <Day value={event.occurredOn} />
              {event.chamber ? <> · {chamberName(modelOf(event.bill.jurisdiction), event.chamber, event.bill.region)}</> : null}
            </p>
            <h3 className="mt-1 text-lg font-bold">
              <Link href={`/bills/${event.bill.slug}#event-${event.id}`}>{event.bill.shortTitle}</Link>:{" "}
              {event.stageLabel}
              {statusWords[event.status]}
            </h3>
            <p className="mt-1 max-w-3xl">{event.description}</p>
            {event.vote ? <p className="mt-1 text-sm">Vote: {event.vote}</p> : null}
            <p className="mt-1 text-sm">
              <SourceLink url={event.sourceUrl} kind={event.sourceKind} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  ));
}

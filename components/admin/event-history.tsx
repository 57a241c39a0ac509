import Link from "next/link";

import { SourceLink } from "@/components/source-link";
import { ChangeList } from "@/components/status-history";
import type { AdminEvent } from "@/lib/legislation/admin-queries";
import { formatDay, parseDay } from "@/lib/legislation/dates";
import { describeChanges } from "@/lib/legislation/event-changes";

import { DateTime } from "./time";

function day(value: string): string {
  const parsed = parseDay(value);
  return parsed ? formatDay(parsed) : value;
}

const recordedTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
});

/** Enough to tell two look-alike entries apart by ear: date, step and when each was recorded, to the second. */
function entryName(event: AdminEvent): string {
  return `the entry of ${day(event.occurredOn)}, ${event.stageLabel}, recorded ${recordedTime.format(new Date(event.recordedAt))} UTC`;
}

const statusWords: Record<AdminEvent["status"], string> = {
  current: "In effect",
  superseded: "Corrected",
  retracted: "Retracted",
};

const statusStyles: Record<AdminEvent["status"], string> = {
  current: "bg-enacted-bg text-enacted-fg",
  superseded: "bg-notice-bg text-notice-fg",
  retracted: "bg-failed-bg text-failed-fg",
};

/** The whole history, corrections and retractions included, with what can still be done to each entry. */
export function EventHistory({
  billId,
  events,
  canEdit,
  chamberName,
  jurisdiction,
  region,
}: {
  billId: string;
  events: readonly AdminEvent[];
  canEdit: boolean;
  /** The chamber's name as readers know it, for this bill's legislature. */
  chamberName: (code: string) => string;
  jurisdiction: string;
  region: string | null;
}) {
  if (events.length === 0) return <p className="mt-4">No status has been recorded for this bill yet.</p>;
  const byId = new Map(events.map((event) => [event.id, event]));
  return (
    <ol className="mt-4 max-w-4xl border-t border-rule">
      {events.map((event) => (
        <li key={event.id} id={`event-${event.id}`} className="border-b border-rule py-4" aria-labelledby={`event-${event.id}-title`}>
          <h3 id={`event-${event.id}-title`} className="text-lg font-bold">
            <time dateTime={event.occurredOn}>{day(event.occurredOn)}</time>: {event.stageLabel}
            {event.chamber ? ` (${chamberName(event.chamber)})` : ""}
          </h3>
          <p className="mt-1">
            <strong className={`inline-block px-2 py-0.5 text-sm ${statusStyles[event.status]}`}>{statusWords[event.status]}</strong>
            {event.attemptFailed ? <span className="ml-2 text-sm font-bold">Attempt failed: nothing moved</span> : null}
            {event.billNumber ? <span className="ml-2 text-sm">{event.billNumber}</span> : null}
            {event.correctsId ? <span className="ml-2 text-sm">Correction of an earlier entry</span> : null}
          </p>
          <p className={`mt-2 ${event.status === "retracted" ? "text-muted line-through decoration-1" : ""}`}>{event.description}</p>
          {event.vote ? <p className="mt-1">Vote: {event.vote}</p> : null}
          {event.body ? <p className="mt-1 text-sm">Who acted: {event.body}</p> : null}
          {event.subject ? <p className="mt-1 text-sm">Concerning: {event.subject}</p> : null}
          {event.provisions ? <p className="mt-1 text-sm">Provisions: {event.provisions}</p> : null}
          <p className="mt-1 text-sm">
            <SourceLink url={event.sourceUrl} kind={event.sourceKind} />
            {event.archiveUrl ? (
              <>
                {" "}
                · <a href={event.archiveUrl}>Archived copy</a>
              </>
            ) : null}
          </p>
          {event.note ? <p className="mt-1 text-sm break-words">Note: {event.note}</p> : null}
          {event.status === "retracted" ? (
            <p className="mt-1 text-sm">
              Retracted {event.retractedAt ? <DateTime iso={event.retractedAt} /> : null}
              {event.retractedBy ? ` by ${event.retractedBy}` : ""}: {event.retractionReason}
            </p>
          ) : null}
          {event.status === "superseded" && event.correctedById ? (
            <CorrectedBy event={event} correction={byId.get(event.correctedById)} jurisdiction={jurisdiction} region={region} />
          ) : null}
          <p className="mt-1 text-sm text-muted">
            Recorded <DateTime iso={event.recordedAt} />
            {event.recordedBy ? ` by ${event.recordedBy}` : ""}
          </p>
          {canEdit && event.status === "current" ? (
            <p className="mt-2 flex gap-6">
              <Link href={`/admin/bills/${billId}/history/${event.id}/correct`}>
                Correct<span className="sr-only"> {entryName(event)}</span>
              </Link>
              <Link href={`/admin/bills/${billId}/history/${event.id}/retract`}>
                Retract<span className="sr-only"> {entryName(event)}</span>
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** What the correction changed, field by field: the rest of the entry still stands as written. */
function CorrectedBy({
  event,
  correction,
  jurisdiction,
  region,
}: {
  event: AdminEvent;
  correction: AdminEvent | undefined;
  jurisdiction: string;
  region: string | null;
}) {
  return (
    <div className="mt-2 border-l-4 border-notice-fg pl-3 text-sm">
      <p className="font-bold">The correction changed:</p>
      {correction ? <ChangeList changes={describeChanges(jurisdiction, event, correction, region)} /> : null}
      <p className="mt-1">
        <a href={`#event-${event.correctedById}`}>See the correction</a>
      </p>
    </div>
  );
}

import { formatIsoDay } from "./dates";
import { chamberName, eventTitle, modelOf } from "./process";

// What a correction changed, in words a reader understands: the corrections page and the bill's
// status history both show it, so that a correction is never a silent overwrite.

export interface ComparableEvent {
  path: string;
  stage: string;
  occurredOn: string;
  chamber: string | null;
  billNumber: string | null;
  attemptFailed: boolean;
  body: string | null;
  subject: string | null;
  provisions: string | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
  note: string | null;
}

export interface EventChange {
  field: string;
  from: string;
  to: string;
}

const NONE = "none";

/** The fields that differ between an event and its correction, in reading order. */
export function describeChanges(
  jurisdiction: string,
  before: ComparableEvent,
  after: ComparableEvent,
  region: string | null = null,
): EventChange[] {
  const model = modelOf(jurisdiction);
  const optional = (value: string | null) => value ?? NONE;
  const fields: { field: string; show: (event: ComparableEvent) => string }[] = [
    { field: "Date", show: (event) => formatIsoDay(event.occurredOn) },
    { field: "Step", show: (event) => eventTitle(jurisdiction, { ...event, attemptFailed: false }, region) },
    { field: "Outcome", show: (event) => (event.attemptFailed ? "attempted, without success" : "happened") },
    { field: "Chamber", show: (event) => (event.chamber ? chamberName(model, event.chamber, region) : NONE) },
    { field: "Bill number", show: (event) => optional(event.billNumber) },
    { field: "Who acted", show: (event) => optional(event.body) },
    { field: "Whom it concerns", show: (event) => optional(event.subject) },
    { field: "Which provisions", show: (event) => optional(event.provisions) },
    { field: "Description", show: (event) => event.description },
    { field: "Vote", show: (event) => optional(event.vote) },
    { field: "Source", show: (event) => event.sourceUrl },
    { field: "Kind of source", show: (event) => (event.sourceKind === "official" ? "official record" : "secondary source") },
    { field: "Note", show: (event) => optional(event.note) },
  ];
  return fields.flatMap(({ field, show }) => {
    const from = show(before);
    const to = show(after);
    return from === to ? [] : [{ field, from, to }];
  });
}

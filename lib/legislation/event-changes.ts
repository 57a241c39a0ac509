import { chamberName } from "./chambers";
import { formatIsoDay } from "./dates";
import { stageLabel, type JurisdictionCode } from "./stages";

// What a correction changed, in words a reader understands: the corrections page and the bill's
// status history both show it, so that a correction is never a silent overwrite.

export interface ComparableEvent {
  stage: string;
  occurredOn: string;
  chamber: string | null;
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
  jurisdiction: JurisdictionCode,
  before: ComparableEvent,
  after: ComparableEvent,
): EventChange[] {
  const fields: { field: string; show: (event: ComparableEvent) => string }[] = [
    { field: "Date", show: (event) => formatIsoDay(event.occurredOn) },
    { field: "Stage", show: (event) => stageLabel(jurisdiction, event.stage) },
    { field: "Chamber", show: (event) => (event.chamber ? chamberName(event.chamber) : NONE) },
    { field: "Description", show: (event) => event.description },
    { field: "Vote", show: (event) => event.vote ?? NONE },
    { field: "Source", show: (event) => event.sourceUrl },
    { field: "Kind of source", show: (event) => (event.sourceKind === "official" ? "official record" : "secondary source") },
    { field: "Note", show: (event) => event.note ?? NONE },
  ];
  return fields.flatMap(({ field, show }) => {
    const from = show(before);
    const to = show(after);
    return from === to ? [] : [{ field, from, to }];
  });
}

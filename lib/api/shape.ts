import "server-only";

import { siteUrl } from "@/lib/config";
import type { Chamber, Jurisdiction, SourceKind } from "@/lib/db/generated/client";
import { toDay } from "@/lib/legislation/dates";
import { outcomeGroup, stageLabel } from "@/lib/legislation/stages";

import type { BillSummary, StatusEventOut } from "./schema";

// Turns database rows into the API's shapes. Shared by the API, the exports and the webhook
// payloads, so a status event reads the same everywhere it is published.

export interface SummaryRow {
  slug: string;
  shortTitle: string;
  title: string;
  jurisdiction: Jurisdiction;
  numbers: string[];
  session: string;
  topics: string[];
  currentStage: string | null;
  lastEventOn: Date | null;
  verifiedOn: Date | null;
  updatedAt: Date;
}

export const summarySelect = {
  id: true,
  slug: true,
  shortTitle: true,
  title: true,
  jurisdiction: true,
  numbers: true,
  session: true,
  topics: true,
  currentStage: true,
  lastEventOn: true,
  verifiedOn: true,
  updatedAt: true,
} as const;

export function billUrls(slug: string) {
  const site = siteUrl();
  const encoded = encodeURIComponent(slug);
  return {
    url: `${site}/bills/${encoded}`,
    apiUrl: `${site}/api/v1/bills/${encoded}`,
    feed: `${site}/bills/${encoded}/feed.xml`,
    calendar: `${site}/bills/${encoded}/calendar.ics`,
    embed: `${site}/embed/bills/${encoded}`,
  };
}

export function toBillSummary(row: SummaryRow): BillSummary {
  const urls = billUrls(row.slug);
  return {
    slug: row.slug,
    url: urls.url,
    apiUrl: urls.apiUrl,
    shortTitle: row.shortTitle,
    title: row.title,
    jurisdiction: row.jurisdiction,
    numbers: row.numbers,
    session: row.session,
    topics: row.topics,
    stage: row.currentStage,
    stageLabel: row.currentStage ? stageLabel(row.jurisdiction, row.currentStage) : "No status recorded yet",
    outcome: outcomeGroup(row.jurisdiction, row.currentStage),
    lastEventOn: row.lastEventOn ? toDay(row.lastEventOn) : null,
    verifiedOn: row.verifiedOn ? toDay(row.verifiedOn) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface EventRow {
  id: string;
  stage: string;
  occurredOn: Date;
  chamber: Chamber | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: SourceKind;
  archiveUrl: string | null;
  note: string | null;
  correctsId: string | null;
  retractedAt: Date | null;
  retractionReason: string | null;
  createdAt: Date;
}

export const eventSelect = {
  id: true,
  stage: true,
  occurredOn: true,
  chamber: true,
  description: true,
  vote: true,
  sourceUrl: true,
  sourceKind: true,
  archiveUrl: true,
  note: true,
  correctsId: true,
  retractedAt: true,
  retractionReason: true,
  createdAt: true,
} as const;

/** An event as published; `correctedById` is the id of the event that corrects it, if any. */
export function toApiEvent(jurisdiction: Jurisdiction, event: EventRow, correctedById: string | null): StatusEventOut {
  return {
    id: event.id,
    stage: event.stage,
    stageLabel: stageLabel(jurisdiction, event.stage),
    occurredOn: toDay(event.occurredOn),
    chamber: event.chamber,
    description: event.description,
    vote: event.vote,
    sourceUrl: event.sourceUrl,
    sourceKind: event.sourceKind,
    archiveUrl: event.archiveUrl,
    note: event.note,
    recordedAt: event.createdAt.toISOString(),
    correctsId: event.correctsId,
    correctedById,
    status: event.retractedAt ? "retracted" : correctedById ? "superseded" : "effective",
    retraction: event.retractedAt
      ? { at: event.retractedAt.toISOString(), reason: event.retractionReason }
      : null,
  };
}

/** Map from a corrected event's id to the id of the event correcting it. */
export function correctionIndex(events: readonly Pick<EventRow, "id" | "correctsId">[]): Map<string, string> {
  return new Map(events.flatMap((event) => (event.correctsId ? [[event.correctsId, event.id] as const] : [])));
}

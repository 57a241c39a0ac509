import "server-only";

import { siteUrl } from "@/lib/config";
import type { PublicationState, SourceKind } from "@/lib/db/generated/client";
import { toDay } from "@/lib/legislation/dates";
import { effectiveOf } from "@/lib/legislation/effective";
import { eventFactsSelect, modelEventSelect, toModelEvent } from "@/lib/legislation/model-events";
import { eventTitle, headlineLabel, modelOf, outcomeOfPhase } from "@/lib/legislation/process";
import { deriveStatus, type BillStatus } from "@/lib/legislation/process/status";
import { isPublic } from "@/lib/legislation/visibility";

import type { BillSummary, StatusEventOut } from "./schema";

// Turns database rows into the API's shapes. Shared by the API, the exports and the webhook
// payloads, so a status event reads the same everywhere it is published.

interface StatusEventRow {
  id: string;
  path: string;
  stage: string;
  occurredOn: Date;
  createdAt: Date;
  chamber: string | null;
  billNumber: string | null;
  attemptFailed: boolean;
  body: string | null;
  retractedAt: Date | null;
  correctsId: string | null;
}

export interface SummaryRow {
  slug: string;
  shortTitle: string;
  title: string;
  jurisdiction: string;
  region: string | null;
  numbers: string[];
  session: string;
  topics: string[];
  currentStage: string | null;
  currentPath: string | null;
  /** Every event, for the status sentence and next steps (corrected and retracted ones are left out here). */
  events: StatusEventRow[];
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
  region: true,
  numbers: true,
  session: true,
  topics: true,
  currentStage: true,
  currentPath: true,
  events: { select: modelEventSelect },
  lastEventOn: true,
  verifiedOn: true,
  updatedAt: true,
} as const;

/** The bill's status now, from its events and its legislature's model. */
export function statusOf(row: Pick<SummaryRow, "jurisdiction" | "region" | "numbers" | "session" | "events">, now: Date = new Date()): BillStatus {
  return deriveStatus(modelOf(row.jurisdiction), effectiveOf(row.events).map(toModelEvent), row, { now });
}

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

export function toBillSummary(row: SummaryRow, now: Date = new Date()): BillSummary {
  const urls = billUrls(row.slug);
  const status = statusOf(row, now);
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
    region: row.region,
    stage: row.currentStage,
    path: row.currentPath,
    stageLabel: headlineLabel(row),
    outcome: outcomeOfPhase(status.phase),
    phase: status.phase,
    status: status.sentence || "No status recorded yet",
    nextSteps: status.nextSteps,
    lastEventOn: row.lastEventOn ? toDay(row.lastEventOn) : null,
    verifiedOn: row.verifiedOn ? toDay(row.verifiedOn) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface EventRow {
  id: string;
  path: string;
  stage: string;
  occurredOn: Date;
  chamber: string | null;
  billNumber: string | null;
  attemptFailed: boolean;
  body: string | null;
  subject: string | null;
  provisions: string | null;
  relatedBill: { slug: string; state: PublicationState; publishAt: Date | null } | null;
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
  ...eventFactsSelect,
  id: true,
  relatedBill: { select: { slug: true, state: true, publishAt: true } },
  archiveUrl: true,
  note: true,
  correctsId: true,
  retractedAt: true,
  retractionReason: true,
  createdAt: true,
} as const;

/** An event as published; `correctedById` is the id of the event that corrects it, if any. */
export function toApiEvent(
  jurisdiction: string,
  event: EventRow,
  correctedById: string | null,
  region: string | null = null,
  now: Date = new Date(),
): StatusEventOut {
  const related = event.relatedBill && isPublic(event.relatedBill, now) ? billUrls(event.relatedBill.slug) : null;
  return {
    id: event.id,
    path: event.path,
    stage: event.stage,
    stageLabel: eventTitle(jurisdiction, event, region),
    occurredOn: toDay(event.occurredOn),
    chamber: event.chamber,
    billNumber: event.billNumber,
    attemptFailed: event.attemptFailed,
    body: event.body,
    subject: event.subject,
    provisions: event.provisions,
    relatedBill: related && event.relatedBill ? { slug: event.relatedBill.slug, url: related.url, apiUrl: related.apiUrl } : null,
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

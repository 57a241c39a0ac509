import "server-only";

import { z } from "zod";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { parseDay, toDay } from "@/lib/legislation/dates";
import { modelEventSelect } from "@/lib/legislation/model-events";
import { provisionCategoryLabels, type ProvisionCategory } from "@/lib/legislation/provision-categories";
import { currentPositions, positionStanceLabels, type PositionData } from "@/lib/legislation/positions";
import { positionOrder, positionSelect, provisionOrder, provisionSelect, toPositionData, toWindowData, windowSelect } from "@/lib/legislation/queries/compare";
import { participationKindLabels, windowState } from "@/lib/legislation/windows";
import { phaseWhere } from "@/lib/legislation/phase-where";
import { termConcerns, termKeyDate } from "@/lib/legislation/term-key-date";
import { publicBillWhere, publicBillWithSlug } from "@/lib/legislation/visibility";

import { decodeCursor, encodeCursor, type Cursor } from "./cursor";
import type { BillDetail, BillSummary, BillsQuery } from "./schema";
import { searchBillIds } from "./search";
import {
  billUrls,
  correctionIndex,
  eventSelect,
  statusOf,
  summarySelect,
  toApiEvent,
  toBillSummary,
  type EventRow,
  type SummaryRow,
} from "./shape";

// Reads behind the API and the exports. Every query starts from publicBillWhere, so a draft or
// a bill scheduled for later never appears. Results are plain objects in the API's shapes.

export class InvalidCursorError extends Error {}

export interface BillsListResult {
  bills: BillSummary[];
  nextCursor: string | null;
}

/**
 * One page of public bills in the stable (updatedAt, id) order, which is what makes cursor
 * paging and incremental sync (`updatedSince`) safe while bills change between requests.
 */
export async function listApiBills(db: Database, query: BillsQuery, now: Date = new Date()): Promise<BillsListResult> {
  let after: Cursor | null = null;
  if (query.cursor !== undefined) {
    after = decodeCursor(query.cursor);
    if (!after) throw new InvalidCursorError();
  }
  const filters: Prisma.BillWhereInput[] = [publicBillWhere(now)];
  if (query.jurisdiction) filters.push({ jurisdiction: query.jurisdiction });
  if (query.stage) filters.push({ currentStage: query.stage });
  if (query.phase) filters.push(phaseWhere([query.phase], now));
  if (query.since) filters.push({ lastEventOn: { gte: parseDay(query.since) ?? undefined } });
  if (query.updatedSince) filters.push({ updatedAt: { gte: new Date(query.updatedSince) } });
  if (query.q) filters.push({ id: { in: await searchBillIds(db, query.q) } });
  if (after) {
    filters.push({ OR: [{ updatedAt: { gt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { gt: after.id } }] });
  }

  const rows = await db.bill.findMany({
    where: { AND: filters },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: summarySelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    bills: page.map((row) => toBillSummary(row, now)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
  };
}

const officialLinksSchema = z.array(z.object({ label: z.string(), url: z.url({ protocol: /^https?$/ }) }));

const detailSelect = {
  ...summarySelect,
  longTitle: true,
  sponsors: true,
  committees: true,
  summary: true,
  keyProvisions: true,
  officialLinks: true,
  editorialNote: true,
  events: { select: { ...eventSelect, ...modelEventSelect }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }] },
  keyDates: {
    select: { id: true, date: true, title: true, description: true, sourceUrl: true },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  },
  provisions: { select: provisionSelect, orderBy: [...provisionOrder] },
  positions: { select: positionSelect, orderBy: [...positionOrder] },
  windows: { select: windowSelect, orderBy: [{ opensOn: "asc" }, { id: "asc" }] },
} satisfies Prisma.BillSelect;

type DetailRow = Omit<SummaryRow, "events"> & {
  longTitle: string | null;
  sponsors: string[];
  committees: string[];
  summary: string;
  keyProvisions: string[];
  officialLinks: Prisma.JsonValue;
  editorialNote: string | null;
  events: (EventRow & SummaryRow["events"][number])[];
  keyDates: { id: string; date: Date; title: string; description: string | null; sourceUrl: string }[];
  provisions: { id: string; category: ProvisionCategory; text: string; citation: string | null }[];
  positions: Parameters<typeof toPositionData>[0][];
  windows: Parameters<typeof toWindowData>[0][];
};

/** Every position as published, each organisation's latest marked current. */
export function toApiPositions(positions: readonly PositionData[]) {
  const current = new Set(currentPositions(positions).map((position) => position.id));
  return positions.map((position) => ({
    id: position.id,
    organisation: { name: position.organisation.name, url: position.organisation.url, isOwn: position.organisation.isOwn },
    stance: position.stance,
    stanceLabel: positionStanceLabels[position.stance],
    statement: position.statement,
    sourceUrl: position.sourceUrl,
    statedOn: position.statedOn,
    recordedAt: position.recordedAt,
    current: current.has(position.id),
  }));
}

/** A provision as published, with its category in words. */
export function toApiProvision(provision: DetailRow["provisions"][number]) {
  return { ...provision, categoryLabel: provisionCategoryLabels[provision.category] };
}

function toBillDetail(row: DetailRow, now: Date): BillDetail {
  const correctedBy = correctionIndex(row.events);
  const history = row.events.map((event) => toApiEvent(row.jurisdiction, event, correctedBy.get(event.id) ?? null, row.region, now));
  const status = statusOf(row, now);
  const term = termConcerns(status) ? termKeyDate(row) : null;
  const corrections = row.events
    .flatMap((event) => [
      ...(event.correctsId
        ? [{ kind: "correction" as const, eventId: event.id, correctsId: event.correctsId, recordedAt: event.createdAt, reason: event.note }]
        : []),
      ...(event.retractedAt
        ? [{ kind: "retraction" as const, eventId: event.id, correctsId: null, recordedAt: event.retractedAt, reason: event.retractionReason }]
        : []),
    ])
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())
    .map((entry) => ({ ...entry, recordedAt: entry.recordedAt.toISOString() }));
  // Links are edited as JSON; one that is not a proper link is left out rather than published.
  const links = officialLinksSchema.safeParse(row.officialLinks);
  const { feed, calendar, embed } = billUrls(row.slug);
  return {
    ...toBillSummary(row, now),
    longTitle: row.longTitle,
    sponsors: row.sponsors,
    committees: row.committees,
    summary: row.summary,
    keyProvisions: row.keyProvisions,
    officialLinks: links.success ? links.data : [],
    editorialNote: row.editorialNote,
    paths: status.paths.map((path) => ({
      code: path.code,
      label: path.label,
      role: path.role,
      started: path.started,
      complete: path.complete,
      steps: path.slots.map((slot) => ({ code: slot.code, label: slot.label, status: slot.status, reachedOn: slot.reachedOn })),
      attempts: path.attempts,
      next: path.next,
    })),
    afterEnactment: (status.after?.entries ?? []).map((entry) => ({
      eventId: entry.id,
      code: entry.code,
      label: entry.label,
      occurredOn: entry.occurredOn,
      body: entry.body,
      attemptFailed: entry.attemptFailed,
    })),
    ending: status.ending,
    history,
    keyDates: [
      ...row.keyDates.map((keyDate) => ({
        id: keyDate.id,
        date: toDay(keyDate.date),
        title: keyDate.title,
        description: keyDate.description,
        sourceUrl: keyDate.sourceUrl,
        derived: false,
      })),
      ...(term ? [term] : []),
    ].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    provisions: row.provisions.map(toApiProvision),
    positions: toApiPositions(row.positions.map(toPositionData)),
    windows: row.windows.map(toWindowData).map((window) => ({
      ...window,
      kindLabel: participationKindLabels[window.kind],
      state: windowState(window, toDay(now)),
    })),
    corrections,
    links: { feed, calendar, embed },
  };
}

/** A public bill with its full history, key dates and corrections; null if there is none. */
export async function getApiBill(db: Database, slug: string, now: Date = new Date()): Promise<BillDetail | null> {
  const row = await db.bill.findFirst({ where: publicBillWithSlug(slug, now), select: detailSelect });
  return row ? toBillDetail(row, now) : null;
}

/** Every public bill in full, in a stable order (three queries, whatever the size). */
export async function listExportBills(db: Database, now: Date = new Date()): Promise<BillDetail[]> {
  const rows = await db.bill.findMany({
    where: publicBillWhere(now),
    orderBy: [{ slug: "asc" }],
    select: detailSelect,
  });
  return rows.map((row) => toBillDetail(row, now));
}

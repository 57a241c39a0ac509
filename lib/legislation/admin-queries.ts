import "server-only";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isRecordId } from "@/lib/ids";

import { billFormValues, type BillFormValues } from "./bill-form";
import { toDay } from "./dates";
import type { PositionStance } from "./positions";
import type { ProvisionCategory } from "./provision-categories";
import type { ParticipationKind } from "./windows";
import { billSnapshot, type BillSnapshot } from "./snapshot";
import { eventTitle, headlineLabel } from "./process";
import { isPublic } from "./visibility";

// Reads for the back office: drafts included (every caller has already checked the session).
// Plain objects with dates as strings, like the public queries.

export type BillState = "draft" | "scheduled" | "published";
export type BillSort = "updated" | "title" | "activity";

export interface AdminBillRow {
  id: string;
  slug: string;
  shortTitle: string;
  jurisdiction: string;
  numbers: string[];
  state: BillState;
  publishAt: string | null;
  /** Public right now: published, or scheduled and its time has come. */
  live: boolean;
  stageLabel: string;
  lastEventOn: string | null;
  updatedAt: string;
}

const sortOrders: Record<BillSort, Prisma.BillOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  title: [{ shortTitle: "asc" }, { id: "asc" }],
  activity: [{ lastEventOn: { sort: "desc", nulls: "last" } }, { shortTitle: "asc" }],
};

export async function listAdminBills(
  db: Database,
  filters: { q?: string; state?: BillState; sort?: BillSort } = {},
  now: Date = new Date(),
): Promise<AdminBillRow[]> {
  const q = filters.q?.trim();
  const bills = await db.bill.findMany({
    where: {
      ...(filters.state ? { state: filters.state } : {}),
      ...(q
        ? {
            OR: [
              { shortTitle: { contains: q, mode: "insensitive" } },
              { title: { contains: q, mode: "insensitive" } },
              { slug: { contains: q.toLowerCase() } },
              { numbers: { has: q } },
            ],
          }
        : {}),
    },
    orderBy: sortOrders[filters.sort ?? "updated"],
    select: {
      id: true,
      slug: true,
      shortTitle: true,
      jurisdiction: true,
      numbers: true,
      state: true,
      publishAt: true,
      currentStage: true,
      currentPath: true,
      region: true,
      lastEventOn: true,
      updatedAt: true,
    },
    take: 500,
  });
  return bills.map((bill) => ({
    id: bill.id,
    slug: bill.slug,
    shortTitle: bill.shortTitle,
    jurisdiction: bill.jurisdiction,
    numbers: bill.numbers,
    state: bill.state,
    publishAt: bill.publishAt?.toISOString() ?? null,
    live: isPublic(bill, now),
    stageLabel: headlineLabel(bill),
    lastEventOn: bill.lastEventOn ? toDay(bill.lastEventOn) : null,
    updatedAt: bill.updatedAt.toISOString(),
  }));
}

export interface BillEditView {
  id: string;
  version: number;
  slug: string;
  shortTitle: string;
  jurisdiction: string;
  region: string | null;
  numbers: string[];
  state: BillState;
  publishAt: string | null;
  live: boolean;
  stageLabel: string;
  updatedAt: string;
  values: BillFormValues;
}

export async function getBillForEditing(db: Database, id: string, now: Date = new Date()): Promise<BillEditView | null> {
  if (!isRecordId(id)) return null;
  const bill = await db.bill.findUnique({ where: { id } });
  if (!bill) return null;
  return {
    id: bill.id,
    version: bill.version,
    slug: bill.slug,
    shortTitle: bill.shortTitle,
    jurisdiction: bill.jurisdiction,
    region: bill.region,
    numbers: bill.numbers,
    state: bill.state,
    publishAt: bill.publishAt?.toISOString() ?? null,
    live: isPublic(bill, now),
    stageLabel: headlineLabel(bill),
    updatedAt: bill.updatedAt.toISOString(),
    values: billFormValues(billSnapshot(bill)),
  };
}

export interface AdminEvent {
  id: string;
  path: string;
  stage: string;
  stageLabel: string;
  occurredOn: string;
  chamber: string | null;
  billNumber: string | null;
  attemptFailed: boolean;
  body: string | null;
  subject: string | null;
  provisions: string | null;
  relatedBillId: string | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
  archiveUrl: string | null;
  note: string | null;
  textVersionCode: string | null;
  textSection: string | null;
  recordedBy: string | null;
  recordedAt: string;
  status: "current" | "superseded" | "retracted";
  correctsId: string | null;
  correctedById: string | null;
  retractionReason: string | null;
  retractedBy: string | null;
  retractedAt: string | null;
}

const eventInclude = {
  recordedBy: { select: { email: true } },
  retractedBy: { select: { email: true } },
  correctedBy: { select: { id: true } },
  bill: { select: { jurisdiction: true, region: true } },
} as const;

type EventRow = Prisma.StatusEventGetPayload<{ include: typeof eventInclude }>;

function toAdminEvent(event: EventRow): AdminEvent {
  return {
    id: event.id,
    path: event.path,
    stage: event.stage,
    stageLabel: eventTitle(event.bill.jurisdiction, event, event.bill.region),
    occurredOn: toDay(event.occurredOn),
    chamber: event.chamber,
    billNumber: event.billNumber,
    attemptFailed: event.attemptFailed,
    body: event.body,
    subject: event.subject,
    provisions: event.provisions,
    relatedBillId: event.relatedBillId,
    description: event.description,
    vote: event.vote,
    sourceUrl: event.sourceUrl,
    sourceKind: event.sourceKind,
    archiveUrl: event.archiveUrl,
    note: event.note,
    textVersionCode: event.textVersionCode,
    textSection: event.textSection,
    recordedBy: event.recordedBy?.email ?? null,
    recordedAt: event.createdAt.toISOString(),
    status: event.retractedAt ? "retracted" : event.correctedBy ? "superseded" : "current",
    correctsId: event.correctsId,
    correctedById: event.correctedBy?.id ?? null,
    retractionReason: event.retractionReason,
    retractedBy: event.retractedBy?.email ?? null,
    retractedAt: event.retractedAt?.toISOString() ?? null,
  };
}

/** A bill's whole history, corrected and retracted events included, newest first. */
export async function listBillHistory(db: Database, billId: string): Promise<AdminEvent[]> {
  const events = await db.statusEvent.findMany({
    where: { billId },
    include: eventInclude,
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
  });
  return events.map(toAdminEvent);
}

export async function getStatusEvent(db: Database, id: string): Promise<(AdminEvent & { billId: string }) | null> {
  if (!isRecordId(id)) return null;
  const event = await db.statusEvent.findUnique({ where: { id }, include: eventInclude });
  return event ? { ...toAdminEvent(event), billId: event.billId } : null;
}

export interface RevisionRow {
  version: number;
  createdAt: string;
  createdBy: string | null;
}

export async function listRevisions(db: Database, billId: string): Promise<RevisionRow[]> {
  const revisions = await db.billRevision.findMany({
    where: { billId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, createdBy: { select: { email: true } } },
  });
  return revisions.map((revision) => ({
    version: revision.version,
    createdAt: revision.createdAt.toISOString(),
    createdBy: revision.createdBy?.email ?? null,
  }));
}

export async function getRevisionSnapshot(db: Database, billId: string, version: number): Promise<BillSnapshot | null> {
  const revision = await db.billRevision.findUnique({
    where: { billId_version: { billId, version } },
    select: { snapshot: true },
  });
  return (revision?.snapshot as BillSnapshot | undefined) ?? null;
}

export interface DashboardSummary {
  counts: Record<BillState, number>;
  recent: { billId: string; shortTitle: string; version: number; createdAt: string; createdBy: string | null }[];
}

export async function dashboardSummary(db: Database): Promise<DashboardSummary> {
  const [groups, recent] = await Promise.all([
    db.bill.groupBy({ by: ["state"], _count: { _all: true } }),
    db.billRevision.findMany({
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { billId: true, version: true, createdAt: true, createdBy: { select: { email: true } }, bill: { select: { shortTitle: true } } },
    }),
  ]);
  const counts: Record<BillState, number> = { draft: 0, scheduled: 0, published: 0 };
  for (const group of groups) counts[group.state] = group._count._all;
  return {
    counts,
    recent: recent.map((revision) => ({
      billId: revision.billId,
      shortTitle: revision.bill.shortTitle,
      version: revision.version,
      createdAt: revision.createdAt.toISOString(),
      createdBy: revision.createdBy?.email ?? null,
    })),
  };
}

export interface BillOption {
  id: string;
  label: string;
}

/** The bill a back-office list is narrowed to by its `?bill=` parameter, if it names one. */
export function chosenBill(bills: readonly BillOption[], param: string | string[] | undefined): BillOption | undefined {
  return typeof param === "string" ? bills.find((bill) => bill.id === param) : undefined;
}

/** Every bill as a choice for a select (key dates). */
export async function billOptions(db: Database): Promise<BillOption[]> {
  const bills = await db.bill.findMany({ orderBy: { shortTitle: "asc" }, select: { id: true, shortTitle: true, state: true } });
  return bills.map((bill) => ({ id: bill.id, label: bill.state === "draft" ? `${bill.shortTitle} (draft)` : bill.shortTitle }));
}

export interface KeyDateRow {
  id: string;
  version: number;
  billId: string | null;
  billTitle: string | null;
  date: string;
  title: string;
  description: string | null;
  sourceUrl: string;
}

export async function listKeyDates(db: Database, filter: { billId?: string } = {}): Promise<KeyDateRow[]> {
  const rows = await db.keyDate.findMany({
    where: filter.billId ? { billId: filter.billId } : {},
    orderBy: [{ date: "asc" }, { title: "asc" }],
    include: { bill: { select: { shortTitle: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    billId: row.billId,
    billTitle: row.bill?.shortTitle ?? null,
    date: toDay(row.date),
    title: row.title,
    description: row.description,
    sourceUrl: row.sourceUrl,
  }));
}

export async function getKeyDate(db: Database, id: string): Promise<KeyDateRow | null> {
  if (!isRecordId(id)) return null;
  const row = await db.keyDate.findUnique({ where: { id }, include: { bill: { select: { shortTitle: true } } } });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    billId: row.billId,
    billTitle: row.bill?.shortTitle ?? null,
    date: toDay(row.date),
    title: row.title,
    description: row.description,
    sourceUrl: row.sourceUrl,
  };
}

export interface StatisticRow {
  id: string;
  version: number;
  label: string;
  value: string;
  period: string;
  sourceName: string;
  sourceUrl: string | null;
  position: number;
}

const statisticSelect = { id: true, version: true, label: true, value: true, period: true, sourceName: true, sourceUrl: true, position: true } as const;

export async function listStatistics(db: Database): Promise<StatisticRow[]> {
  return db.statistic.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: statisticSelect });
}

export async function getStatistic(db: Database, id: string): Promise<StatisticRow | null> {
  if (!isRecordId(id)) return null;
  return db.statistic.findUnique({ where: { id }, select: statisticSelect });
}

export interface ProvisionRow {
  id: string;
  version: number;
  billId: string;
  billTitle: string;
  category: ProvisionCategory;
  text: string;
  citation: string | null;
  textVersionCode: string | null;
  textSection: string | null;
  position: number;
}

const provisionInclude = { bill: { select: { shortTitle: true } } } as const;

function toProvisionRow(row: Prisma.ProvisionGetPayload<{ include: typeof provisionInclude }>): ProvisionRow {
  return {
    id: row.id,
    version: row.version,
    billId: row.billId,
    billTitle: row.bill.shortTitle,
    category: row.category,
    text: row.text,
    citation: row.citation,
    textVersionCode: row.textVersionCode,
    textSection: row.textSection,
    position: row.position,
  };
}

/** Provisions in the comparison's order: bill, then the fixed category order, then position. */
export async function listProvisions(db: Database, filter: { billId?: string } = {}): Promise<ProvisionRow[]> {
  const rows = await db.provision.findMany({
    where: filter.billId ? { billId: filter.billId } : {},
    orderBy: [{ bill: { shortTitle: "asc" } }, { category: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    include: provisionInclude,
  });
  return rows.map(toProvisionRow);
}

export async function getProvision(db: Database, id: string): Promise<ProvisionRow | null> {
  if (!isRecordId(id)) return null;
  const row = await db.provision.findUnique({ where: { id }, include: provisionInclude });
  return row ? toProvisionRow(row) : null;
}

export interface EntityRevision {
  action: string;
  at: string;
  by: string | null;
  /** What it said after this change; null for a deletion. */
  after: Record<string, unknown> | null;
}

/**
 * Every saved version of a provision, position or window, newest first, from the audit log:
 * each save writes its before and after there in the same transaction as the change.
 */
export async function entityRevisions(db: Database, entityType: string, entityId: string): Promise<EntityRevision[]> {
  const rows = await db.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: { id: "desc" },
    select: { action: true, createdAt: true, actorEmail: true, after: true },
  });
  return rows.map((row) => ({
    action: row.action,
    at: row.createdAt.toISOString(),
    by: row.actorEmail,
    after: typeof row.after === "object" && row.after !== null && !Array.isArray(row.after) ? (row.after as Record<string, unknown>) : null,
  }));
}

export interface OrganisationRow {
  id: string;
  version: number;
  name: string;
  url: string | null;
  isOwn: boolean;
  positions: number;
}

/** Every organisation, the site's own first, for the list and the position form's choices. */
export async function listOrganisations(db: Database): Promise<OrganisationRow[]> {
  const rows = await db.organisation.findMany({
    orderBy: [{ isOwn: "desc" }, { name: "asc" }],
    select: { id: true, version: true, name: true, url: true, isOwn: true, _count: { select: { positions: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, positions: _count.positions }));
}

export async function getOrganisation(db: Database, id: string): Promise<OrganisationRow | null> {
  if (!isRecordId(id)) return null;
  const row = await db.organisation.findUnique({
    where: { id },
    select: { id: true, version: true, name: true, url: true, isOwn: true, _count: { select: { positions: true } } },
  });
  if (!row) return null;
  const { _count, ...rest } = row;
  return { ...rest, positions: _count.positions };
}

export interface PositionRow {
  id: string;
  version: number;
  billId: string;
  billTitle: string;
  organisationId: string;
  organisationName: string;
  stance: PositionStance;
  statement: string;
  sourceUrl: string | null;
  statedOn: string;
}

const positionInclude = { bill: { select: { shortTitle: true } }, organisation: { select: { name: true } } } as const;

function toPositionRow(row: Prisma.PositionGetPayload<{ include: typeof positionInclude }>): PositionRow {
  return {
    id: row.id,
    version: row.version,
    billId: row.billId,
    billTitle: row.bill.shortTitle,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    stance: row.stance,
    statement: row.statement,
    sourceUrl: row.sourceUrl,
    statedOn: toDay(row.statedOn),
  };
}

/** Positions newest first, of one bill or all. */
export async function listPositions(db: Database, filter: { billId?: string } = {}): Promise<PositionRow[]> {
  const rows = await db.position.findMany({
    where: filter.billId ? { billId: filter.billId } : {},
    orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
    include: positionInclude,
  });
  return rows.map(toPositionRow);
}

export async function getPosition(db: Database, id: string): Promise<PositionRow | null> {
  if (!isRecordId(id)) return null;
  const row = await db.position.findUnique({ where: { id }, include: positionInclude });
  return row ? toPositionRow(row) : null;
}

export interface WindowRow {
  id: string;
  version: number;
  billId: string;
  billTitle: string;
  kind: ParticipationKind;
  title: string;
  runBy: string;
  respondUrl: string;
  description: string | null;
  opensOn: string;
  closesOn: string;
}

const windowInclude = { bill: { select: { shortTitle: true } } } as const;

function toWindowRow(row: Prisma.ParticipationWindowGetPayload<{ include: typeof windowInclude }>): WindowRow {
  return {
    id: row.id,
    version: row.version,
    billId: row.billId,
    billTitle: row.bill.shortTitle,
    kind: row.kind,
    title: row.title,
    runBy: row.runBy,
    respondUrl: row.respondUrl,
    description: row.description,
    opensOn: toDay(row.opensOn),
    closesOn: toDay(row.closesOn),
  };
}

/** Windows, latest closing first, of one bill or all. */
export async function listWindows(db: Database, filter: { billId?: string } = {}): Promise<WindowRow[]> {
  const rows = await db.participationWindow.findMany({
    where: filter.billId ? { billId: filter.billId } : {},
    orderBy: [{ closesOn: "desc" }, { title: "asc" }],
    include: windowInclude,
  });
  return rows.map(toWindowRow);
}

export async function getWindow(db: Database, id: string): Promise<WindowRow | null> {
  if (!isRecordId(id)) return null;
  const row = await db.participationWindow.findUnique({ where: { id }, include: windowInclude });
  return row ? toWindowRow(row) : null;
}

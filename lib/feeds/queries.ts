import "server-only";

import type { Database } from "@/lib/db/client";
import type { Prisma, SourceKind } from "@/lib/db/generated/client";
import { toDay } from "@/lib/legislation/dates";
import { chamberName, eventTitle, modelOf } from "@/lib/legislation/process";
import { listTermKeyDates } from "@/lib/legislation/queries/key-dates";
import { publicBillWhere, publicBillWithSlug } from "@/lib/legislation/visibility";
import { positionStanceLabels } from "@/lib/legislation/positions";
import { participationKindLabels } from "@/lib/legislation/windows";
import { eventSelect as publicEventSelect } from "@/lib/api/shape";
import { textVersionKind } from "@/lib/bill-text/versions";

// Reads for the Atom and iCalendar feeds, returning plain JSON-serialisable objects (so the data
// cache can keep them). Only public bills, through publicBillWhere.

/** The site-wide feed shows the most recently changed entries. */
export const SITE_FEED_LIMIT = 50;

export interface FeedEventVersion {
  id: string;
  path: string;
  stage: string;
  stageLabel: string;
  occurredOn: string;
  chamber: string | null;
  /** The chamber as readers know it ("House of Lords"). */
  chamberName: string | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: SourceKind;
  note: string | null;
  recordedAt: string;
}

/**
 * One Atom entry: a status event together with every correction of it. The entry keeps the
 * first version's id, so a correction updates the entry instead of adding a second one.
 */
export interface FeedEntry {
  rootId: string;
  /** When the first version was recorded: the date part of the entry's tag URI. */
  published: string;
  /** The latest recording, correction or retraction in the chain. */
  updated: string;
  bill: { slug: string; shortTitle: string };
  current: FeedEventVersion;
  /** Earlier versions replaced by corrections, oldest first. */
  earlier: FeedEventVersion[];
  retraction: { at: string; reason: string | null } | null;
}

/**
 * One Atom entry per recorded position: a change of position is a new row, so it is a new
 * entry; editing a row (a correction of what was recorded) updates its entry.
 */
export interface FeedPosition {
  id: string;
  /** When it was recorded: the date part of the entry's tag URI. */
  published: string;
  /** When it was last edited. */
  updated: string;
  bill: { slug: string; shortTitle: string };
  organisation: { name: string; url: string | null; isOwn: boolean };
  stanceLabel: string;
  statement: string;
  sourceUrl: string | null;
  statedOn: string;
}

/**
 * One Atom entry per version of a bill's text. A replacement file for a version updates its
 * entry; the entry's id stays, since it names the version's row and the bill's first day.
 */
export interface FeedTextVersion {
  id: string;
  /** The day the bill was added: the date part of the tag URI, which no re-import can move. */
  tagDate: string;
  /** When its file was imported (again, for a replacement). */
  updated: string;
  bill: { slug: string; shortTitle: string };
  code: string;
  name: string;
  versionDate: string | null;
  /** The version it was compared with at import; null for a bill's first. */
  comparedWith: { code: string; name: string } | null;
  changeSummary: string | null;
}

export interface FeedData {
  /** null for the site-wide feed. */
  bill: { id: string; slug: string; shortTitle: string; createdAt: string } | null;
  entries: FeedEntry[];
  /** Organisations' positions on the feed's bills, newest change first. */
  positions: FeedPosition[];
  /** New versions of the feed's bills' text, newest import first. */
  textVersions: FeedTextVersion[];
  /** The feed's atom:updated: its newest entry, else when its bills last changed. */
  updated: string;
  /** For Last-Modified: the newest change to any entry or bill in the feed. */
  lastModified: string;
}

interface EventRow {
  id: string;
  billId: string;
  path: string;
  stage: string;
  attemptFailed: boolean;
  occurredOn: Date;
  chamber: string | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: SourceKind;
  note: string | null;
  correctsId: string | null;
  retractedAt: Date | null;
  retractionReason: string | null;
  createdAt: Date;
}

interface BillRow {
  id: string;
  slug: string;
  shortTitle: string;
  jurisdiction: string;
  region: string | null;
  createdAt: Date;
  updatedAt: Date;
}

function version(bill: Pick<BillRow, "jurisdiction" | "region">, event: EventRow): FeedEventVersion {
  return {
    id: event.id,
    path: event.path,
    stage: event.stage,
    stageLabel: eventTitle(bill.jurisdiction, event, bill.region),
    chamberName: event.chamber ? chamberName(modelOf(bill.jurisdiction), event.chamber, bill.region) : null,
    occurredOn: toDay(event.occurredOn),
    chamber: event.chamber,
    description: event.description,
    vote: event.vote,
    sourceUrl: event.sourceUrl,
    sourceKind: event.sourceKind,
    note: event.note,
    recordedAt: event.createdAt.toISOString(),
  };
}

/** Group events into correction chains (original → correction → correction of it …). */
export function buildEntries(bills: readonly BillRow[], events: readonly EventRow[]): FeedEntry[] {
  const billsById = new Map(bills.map((bill) => [bill.id, bill]));
  const correctedBy = new Map(events.flatMap((event) => (event.correctsId ? [[event.correctsId, event] as const] : [])));
  const ids = new Set(events.map((event) => event.id));
  const entries: FeedEntry[] = [];
  for (const root of events) {
    // A chain starts at an event that corrects nothing (or whose original is not in this set).
    if (root.correctsId && ids.has(root.correctsId)) continue;
    const bill = billsById.get(root.billId);
    if (!bill) continue;
    const chain = [root];
    for (let next = correctedBy.get(root.id); next && !chain.includes(next); next = correctedBy.get(next.id)) chain.push(next);
    // chain always holds root, so it has a last element.
    const head = chain.at(-1)!;
    const retracted = chain.find((event) => event.retractedAt) ?? null;
    const times = chain.flatMap((event) => [event.createdAt.getTime(), ...(event.retractedAt ? [event.retractedAt.getTime()] : [])]);
    entries.push({
      rootId: root.id,
      published: root.createdAt.toISOString(),
      updated: new Date(Math.max(...times)).toISOString(),
      bill: { slug: bill.slug, shortTitle: bill.shortTitle },
      current: version(bill, head),
      earlier: chain.slice(0, -1).map((event) => version(bill, event)),
      retraction: retracted?.retractedAt ? { at: retracted.retractedAt.toISOString(), reason: retracted.retractionReason } : null,
    });
  }
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || b.rootId.localeCompare(a.rootId));
}

const billSelect = { id: true, slug: true, shortTitle: true, jurisdiction: true, region: true, createdAt: true, updatedAt: true } as const;

// The published fields of an event (the API's), plus which bill it belongs to.
const eventSelect = { ...publicEventSelect, billId: true } as const;

const positionFeedSelect = {
  id: true,
  billId: true,
  stance: true,
  statement: true,
  sourceUrl: true,
  statedOn: true,
  createdAt: true,
  updatedAt: true,
  organisation: { select: { name: true, url: true, isOwn: true } },
} as const;

type PositionFeedRow = Prisma.PositionGetPayload<{ select: typeof positionFeedSelect }>;

function feedPositions(bills: readonly BillRow[], rows: readonly PositionFeedRow[]): FeedPosition[] {
  const billsById = new Map(bills.map((bill) => [bill.id, bill]));
  return rows.flatMap((row) => {
    const bill = billsById.get(row.billId);
    if (!bill) return [];
    return [
      {
        id: row.id,
        published: row.createdAt.toISOString(),
        updated: row.updatedAt.toISOString(),
        bill: { slug: bill.slug, shortTitle: bill.shortTitle },
        organisation: row.organisation,
        stanceLabel: positionStanceLabels[row.stance],
        statement: row.statement,
        sourceUrl: row.sourceUrl,
        statedOn: toDay(row.statedOn),
      },
    ];
  });
}

const textVersionFeedSelect = {
  id: true,
  billId: true,
  code: true,
  name: true,
  versionDate: true,
  importedAt: true,
  comparedWithCode: true,
  changeSummary: true,
} as const;

type TextVersionFeedRow = Prisma.BillTextVersionGetPayload<{ select: typeof textVersionFeedSelect }>;

function feedTextVersions(bills: readonly BillRow[], rows: readonly TextVersionFeedRow[]): FeedTextVersion[] {
  const billsById = new Map(bills.map((bill) => [bill.id, bill]));
  return rows.flatMap((row) => {
    const bill = billsById.get(row.billId);
    if (!bill) return [];
    const earlier = row.comparedWithCode;
    return [
      {
        id: row.id,
        tagDate: bill.createdAt.toISOString(),
        updated: row.importedAt.toISOString(),
        bill: { slug: bill.slug, shortTitle: bill.shortTitle },
        code: row.code,
        name: row.name,
        versionDate: row.versionDate ? toDay(row.versionDate) : null,
        // Every version's name is its code's kind's, so the earlier one needs no second read.
        comparedWith: earlier ? { code: earlier, name: textVersionKind(earlier)?.name ?? earlier } : null,
        changeSummary: row.changeSummary,
      },
    ];
  });
}

type FeedLists = Pick<FeedData, "entries" | "positions" | "textVersions">;

/** The newest `limit` items of every kind together, each list still newest first. */
export function newestTogether(lists: FeedLists, limit: number): FeedLists {
  const { entries, positions, textVersions } = lists;
  const times = [...entries, ...positions, ...textVersions].map((item) => item.updated).sort().reverse();
  if (times.length <= limit) return { entries: [...entries], positions: [...positions], textVersions: [...textVersions] };
  // Keep what is newer than the cut-off, then fill up to the limit with entries from that very instant.
  const cutoff = times[limit - 1] ?? "";
  let room = limit - times.filter((time) => time > cutoff).length;
  const keep = <T extends { updated: string }>(list: readonly T[]) =>
    list.filter((item) => item.updated > cutoff || (item.updated === cutoff && room-- > 0));
  return { entries: keep(entries), positions: keep(positions), textVersions: keep(textVersions) };
}

function feedData(bill: FeedData["bill"], bills: readonly BillRow[], lists: FeedLists): FeedData {
  const billsChanged = bills.reduce((latest, row) => Math.max(latest, row.updatedAt.getTime()), 0);
  const newestEntry = [...lists.entries, ...lists.positions, ...lists.textVersions].reduce((latest, entry) => Math.max(latest, Date.parse(entry.updated)), 0);
  return {
    bill,
    ...lists,
    updated: new Date(newestEntry || billsChanged).toISOString(),
    lastModified: new Date(Math.max(newestEntry, billsChanged)).toISOString(),
  };
}

/** Every status change of every public bill, organisations' positions on them and new versions of their text, newest change first. */
export async function loadSiteFeed(db: Database, now: Date = new Date()): Promise<FeedData> {
  const bills = await db.bill.findMany({ where: publicBillWhere(now), select: billSelect });
  const billIds = bills.map((bill) => bill.id);
  const [events, positions, textVersions] = await Promise.all([
    db.statusEvent.findMany({ where: { billId: { in: billIds } }, select: eventSelect }),
    db.position.findMany({
      where: { billId: { in: billIds } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: SITE_FEED_LIMIT,
      select: positionFeedSelect,
    }),
    db.billTextVersion.findMany({
      where: { billId: { in: billIds } },
      orderBy: [{ importedAt: "desc" }, { id: "desc" }],
      take: SITE_FEED_LIMIT,
      select: textVersionFeedSelect,
    }),
  ]);
  const lists = { entries: buildEntries(bills, events), positions: feedPositions(bills, positions), textVersions: feedTextVersions(bills, textVersions) };
  return feedData(null, bills, newestTogether(lists, SITE_FEED_LIMIT));
}

/** One public bill's status changes, positions and text versions; null when no public bill has this slug. */
export async function loadBillFeed(db: Database, slug: string, now: Date = new Date()): Promise<FeedData | null> {
  const bill = await db.bill.findFirst({ where: publicBillWithSlug(slug, now), select: billSelect });
  if (!bill) return null;
  const [events, positions, textVersions] = await Promise.all([
    db.statusEvent.findMany({ where: { billId: bill.id }, select: eventSelect }),
    db.position.findMany({ where: { billId: bill.id }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], select: positionFeedSelect }),
    db.billTextVersion.findMany({ where: { billId: bill.id }, orderBy: [{ importedAt: "desc" }, { id: "desc" }], select: textVersionFeedSelect }),
  ]);
  const meta = { id: bill.id, slug: bill.slug, shortTitle: bill.shortTitle, createdAt: bill.createdAt.toISOString() };
  return feedData(meta, [bill], { entries: buildEntries([bill], events), positions: feedPositions([bill], positions), textVersions: feedTextVersions([bill], textVersions) });
}

export interface CalendarKeyDate {
  id: string;
  date: string;
  title: string;
  description: string | null;
  sourceUrl: string;
  version: number;
  updatedAt: string;
  bill: { slug: string; shortTitle: string } | null;
}

export interface CalendarWindow {
  id: string;
  kindLabel: string;
  title: string;
  runBy: string;
  respondUrl: string;
  opensOn: string;
  closesOn: string;
  version: number;
  updatedAt: string;
  bill: { slug: string; shortTitle: string };
}

export interface CalendarData {
  bill: { slug: string; shortTitle: string } | null;
  keyDates: CalendarKeyDate[];
  /** Windows to take part, each an event from its opening day to its closing day. */
  windows: CalendarWindow[];
  lastModified: string | null;
}

const keyDateSelect = {
  id: true,
  date: true,
  title: true,
  description: true,
  sourceUrl: true,
  version: true,
  updatedAt: true,
  bill: { select: { slug: true, shortTitle: true, updatedAt: true } },
} as const;

type TermKeyDate = Awaited<ReturnType<typeof listTermKeyDates>>[number];

const windowCalendarSelect = {
  id: true,
  kind: true,
  title: true,
  runBy: true,
  respondUrl: true,
  opensOn: true,
  closesOn: true,
  version: true,
  updatedAt: true,
  bill: { select: { slug: true, shortTitle: true } },
} as const;

type WindowCalendarRow = Prisma.ParticipationWindowGetPayload<{ select: typeof windowCalendarSelect }>;

function calendarWindows(rows: readonly WindowCalendarRow[]): CalendarWindow[] {
  return rows.map((row) => ({
    id: row.id,
    kindLabel: participationKindLabels[row.kind],
    title: row.title,
    runBy: row.runBy,
    respondUrl: row.respondUrl,
    opensOn: toDay(row.opensOn),
    closesOn: toDay(row.closesOn),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    bill: row.bill,
  }));
}

function withWindows(data: Omit<CalendarData, "windows">, rows: readonly WindowCalendarRow[]): CalendarData {
  const times = [...(data.lastModified ? [Date.parse(data.lastModified)] : []), ...rows.map((row) => row.updatedAt.getTime())];
  return { ...data, windows: calendarWindows(rows), lastModified: times.length ? new Date(Math.max(...times)).toISOString() : null };
}

function calendarData(
  bill: CalendarData["bill"],
  rows: { id: string; date: Date; title: string; description: string | null; sourceUrl: string; version: number; updatedAt: Date; bill: { slug: string; shortTitle: string; updatedAt: Date } | null }[],
  terms: readonly TermKeyDate[],
): Omit<CalendarData, "windows"> {
  const times = [
    ...rows.flatMap((row) => [row.updatedAt.getTime(), ...(row.bill ? [row.bill.updatedAt.getTime()] : [])]),
    ...terms.map((term) => Date.parse(term.updatedAt)),
  ];
  const derived = terms.map((term): CalendarKeyDate => ({
    id: term.id,
    date: term.date,
    title: term.title,
    description: term.description,
    sourceUrl: term.sourceUrl,
    version: 1,
    updatedAt: term.updatedAt,
    bill: term.bill,
  }));
  return {
    bill,
    keyDates: [...rows.map((row) => ({
      id: row.id,
      date: toDay(row.date),
      title: row.title,
      description: row.description,
      sourceUrl: row.sourceUrl,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
      bill: row.bill ? { slug: row.bill.slug, shortTitle: row.bill.shortTitle } : null,
    })), ...derived].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    lastModified: times.length ? new Date(Math.max(...times)).toISOString() : null,
  };
}

/** Key dates of every public bill, plus those that belong to no bill. */
export async function loadSiteCalendar(db: Database, now: Date = new Date()): Promise<CalendarData> {
  const [rows, terms, windows] = await Promise.all([
    db.keyDate.findMany({
      where: { OR: [{ billId: null }, { bill: publicBillWhere(now) }] },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      select: keyDateSelect,
    }),
    listTermKeyDates(db, now),
    db.participationWindow.findMany({ where: { bill: publicBillWhere(now) }, orderBy: [{ opensOn: "asc" }, { id: "asc" }], select: windowCalendarSelect }),
  ]);
  return withWindows(calendarData(null, rows, terms), windows);
}

/** One public bill's key dates; null when no public bill has this slug. */
export async function loadBillCalendar(db: Database, slug: string, now: Date = new Date()): Promise<CalendarData | null> {
  const bill = await db.bill.findFirst({ where: publicBillWithSlug(slug, now), select: { id: true, slug: true, shortTitle: true } });
  if (!bill) return null;
  const [rows, terms, windows] = await Promise.all([
    db.keyDate.findMany({ where: { billId: bill.id }, orderBy: [{ date: "asc" }, { id: "asc" }], select: keyDateSelect }),
    listTermKeyDates(db, now, bill.slug),
    db.participationWindow.findMany({ where: { billId: bill.id }, orderBy: [{ opensOn: "asc" }, { id: "asc" }], select: windowCalendarSelect }),
  ]);
  return withWindows(calendarData({ slug: bill.slug, shortTitle: bill.shortTitle }, rows, terms), windows);
}

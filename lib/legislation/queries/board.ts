import "server-only";

import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

import { toDay } from "../dates";
import { MATCH_END, MATCH_START } from "../highlight";
import { toModelEvent } from "../model-events";
import type { PositionStance } from "../positions";
import { modelOf, phasesOfOutcome } from "../process";
import { deriveStatus, type BillStatus } from "../process/status";
import type { BoardFilters, BoardSort } from "../public-params";
import { normaliseSearchQuery } from "../search-query";
import { phaseWhere } from "../phase-where";
import { publicBillWhere } from "../visibility";

import { effectiveStageEvents, groupBy, type EventRow } from "./events";

// The status board: public bills with their stage, progress and latest sourced event,
// filtered, searched and paginated, in a fixed number of queries whatever the number of bills,
// events or pages.

export interface LatestEvent {
  id: string;
  occurredOn: string;
  description: string;
  chamber: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
}

/** Where a search matched, each match between MATCH_START and MATCH_END. */
export interface SearchMatch {
  rank: number;
  shortTitle: string;
  title: string;
  /** The bill numbers the query matched, as printed. */
  numbers: string[];
  /** A passage of the summary, when the summary matched. */
  summary: string | null;
  /** The best-matching event of the status history, when one matched. */
  event: { id: string; occurredOn: string; description: string } | null;
}

export interface BoardBill {
  slug: string;
  shortTitle: string;
  title: string;
  jurisdiction: string;
  region: string | null;
  numbers: string[];
  topics: string[];
  lastEventOn: string | null;
  verifiedOn: string | null;
  latestEvent: LatestEvent | null;
  /** Where the bill stands, path by path, with its sentence and usual next steps. */
  status: BillStatus;
  match: SearchMatch | null;
}

/**
 * Of these bills, those on which the organisation that runs the site currently takes this stance
 * (its latest position, by the day stated). One query, only when the filter is used.
 */
async function billsWhereOwnStance(db: Database, billIds: string[], stance: PositionStance): Promise<Set<string>> {
  const positions = await db.position.findMany({
    where: { billId: { in: billIds }, organisation: { isOwn: true } },
    orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
    select: { billId: true, stance: true },
  });
  const latest = new Map<string, PositionStance>();
  for (const position of positions) if (!latest.has(position.billId)) latest.set(position.billId, position.stance);
  return new Set([...latest].filter(([, current]) => current === stance).map(([billId]) => billId));
}

/** Bills in the phases the filters ask for (a phase, or an outcome group of older links). */
function phaseFilter(filters: Partial<BoardFilters>, now: Date): Prisma.BillWhereInput {
  const wanted = filters.phase ? [filters.phase] : filters.outcome ? phasesOfOutcome(filters.outcome) : null;
  return wanted ? phaseWhere(wanted, now) : {};
}

interface SearchRow {
  id: string;
  rank: number;
  shortTitle: string;
  title: string;
  numbers: string[];
  summary: string | null;
  eventId: string | null;
  eventOn: Date | null;
  event: string | null;
}

const MARKERS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
const WHOLE_TEXT = `HighlightAll=true, ${MARKERS}`;
const PASSAGE = `MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … ", ${MARKERS}`;

/** A text column without the markers, so that text in the database cannot fake a match. */
function withoutMarkers(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`translate(${column}, ${MATCH_START + MATCH_END}, '')`;
}

/**
 * The query and, per bill, its best-matching event: the common start of both search queries.
 * With `ids`, only those bills' events. Retracted and corrected events are not searched: the
 * board describes the record as it stands.
 */
function searchSources(query: string, ids: readonly string[] | null): Prisma.Sql {
  return Prisma.sql`
    WITH query AS (SELECT websearch_to_tsquery('english', ${normaliseSearchQuery(query)}) AS q),
    matched_events AS (
      SELECT DISTINCT ON (e."billId") e."billId", e."id", e."occurredOn", e."description",
             ts_rank(e."searchVector", query.q) AS rank
      FROM "StatusEvent" e CROSS JOIN query
      WHERE e."searchVector" @@ query.q
        ${ids ? Prisma.sql`AND e."billId" = ANY(${ids})` : Prisma.empty}
        AND e."retractedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c."correctsId" = e."id")
      ORDER BY e."billId", rank DESC, e."occurredOn" DESC, e."id"
    )`;
}

const RANK = Prisma.sql`(ts_rank(b."searchVector", query.q) + coalesce(me.rank, 0))::float8`;

/**
 * Every bill matching a full-text query, with its rank: enough to count and order the results.
 * It looks at every bill: the caller keeps the public ones, so the visibility rule lives in one
 * place (publicBillWhere).
 */
async function rankMatches(db: Database, query: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
    ${searchSources(query, null)}
    SELECT b."id", ${RANK} AS rank
    FROM "Bill" b CROSS JOIN query
    LEFT JOIN matched_events me ON me."billId" = b."id"
    WHERE b."searchVector" @@ query.q OR me."billId" IS NOT NULL`;
  return new Map(rows.map((row) => [row.id, row.rank]));
}

/**
 * Where the query matched the bills shown on one page: highlighted titles, numbers, summary
 * passage and best event. Highlighting is the costly part of search, so it is done for a page
 * of bills, never for every match.
 */
async function highlightMatches(db: Database, query: string, ids: readonly string[]): Promise<Map<string, SearchMatch>> {
  const rows = await db.$queryRaw<SearchRow[]>`
    ${searchSources(query, ids)}
    SELECT b."id", ${RANK} AS rank,
           ts_headline('english', ${withoutMarkers(Prisma.sql`b."shortTitle"`)}, query.q, ${WHOLE_TEXT}) AS "shortTitle",
           ts_headline('english', ${withoutMarkers(Prisma.sql`b."title"`)}, query.q, ${WHOLE_TEXT}) AS "title",
           ARRAY(
             SELECT n FROM unnest(b."numbers") AS n
             WHERE strpos(ts_headline('simple',
                     n || ' ' || regexp_replace(lower(n), '[^a-z0-9]', '', 'g') || ' ' || regexp_replace(n, '[^0-9]', '', 'g'),
                     query.q, ${MARKERS}), ${MATCH_START}) > 0
           ) AS "numbers",
           CASE WHEN to_tsvector('english', b."summary") @@ query.q
                THEN ts_headline('english', ${withoutMarkers(Prisma.sql`b."summary"`)}, query.q, ${PASSAGE}) END AS "summary",
           me."id" AS "eventId", me."occurredOn" AS "eventOn",
           CASE WHEN me."id" IS NOT NULL
                THEN ts_headline('english', ${withoutMarkers(Prisma.sql`me."description"`)}, query.q, ${WHOLE_TEXT}) END AS "event"
    FROM "Bill" b CROSS JOIN query
    LEFT JOIN matched_events me ON me."billId" = b."id"
    WHERE b."id" = ANY(${ids})`;
  return new Map(
    rows.map((row) => [
      row.id,
      {
        rank: row.rank,
        shortTitle: row.shortTitle,
        title: row.title,
        numbers: row.numbers,
        summary: row.summary,
        event:
          row.eventId && row.eventOn && row.event
            ? { id: row.eventId, occurredOn: toDay(row.eventOn), description: row.event }
            : null,
      },
    ]),
  );
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** What the board's orders look at: known for every matching bill before a page is loaded. */
interface SortKey {
  shortTitle: string;
  lastEventOn: string | null;
  rank: number;
}

function byTitle(a: SortKey, b: SortKey): number {
  return collator.compare(a.shortTitle, b.shortTitle);
}

function byActivity(a: SortKey, b: SortKey): number {
  if (a.lastEventOn !== b.lastEventOn) {
    if (!a.lastEventOn) return 1;
    if (!b.lastEventOn) return -1;
    return b.lastEventOn.localeCompare(a.lastEventOn);
  }
  return byTitle(a, b);
}

const comparators: Record<BoardSort, (a: SortKey, b: SortKey) => number> = {
  activity: byActivity,
  title: byTitle,
  relevance: (a, b) => b.rank - a.rank || byActivity(a, b),
};

/** The latest effective event: by date, then by when it was recorded, then by id. */
function latestEvent(effective: readonly EventRow[]): LatestEvent | null {
  const later = (a: EventRow, b: EventRow) =>
    a.occurredOn.getTime() - b.occurredOn.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const latest = effective.reduce<EventRow | null>((best, event) => (!best || later(event, best) > 0 ? event : best), null);
  return latest
    ? {
        id: latest.id,
        occurredOn: toDay(latest.occurredOn),
        description: latest.description,
        chamber: latest.chamber,
        sourceUrl: latest.sourceUrl,
        sourceKind: latest.sourceKind,
      }
    : null;
}

/** Bills per page of the board: a page stays quick to load and to scan, however many bills there are. */
export const BOARD_PAGE_SIZE = 50;

/** One page of the board, and where it sits among the results. */
export interface BoardPage {
  bills: BoardBill[];
  /** Every bill matching the search and filters, on all pages. */
  total: number;
  /** 1-based. */
  page: number;
  /** At least 1, so an empty board is page 1 of 1. */
  pageCount: number;
}

/**
 * One page of the public bills for the status board, filtered and sorted; with `q`, only the
 * bills the full-text search matches, each with its highlighted matches. The order is decided
 * on a few columns of every matching bill (the same collation as everywhere else on the site),
 * then only the page's bills are loaded with their events: three queries, five with a search,
 * whatever the number of bills, events or pages. A page past the last one comes back empty.
 */
export async function listBoardBills(
  db: Database,
  filters: Partial<BoardFilters> = {},
  page = 1,
  now: Date = new Date(),
): Promise<BoardPage> {
  const ranks = filters.q ? await rankMatches(db, filters.q) : null;
  const nothing = { bills: [], total: 0, page, pageCount: 1 };
  if (ranks && ranks.size === 0) return nothing;

  const candidates = await db.bill.findMany({
    where: {
      AND: [
        publicBillWhere(now),
        filters.jurisdiction ? { jurisdiction: filters.jurisdiction } : {},
        phaseFilter(filters, now),
        filters.topic ? { topics: { has: filters.topic } } : {},
        ranks ? { id: { in: [...ranks.keys()] } } : {},
      ],
    },
    select: { id: true, shortTitle: true, lastEventOn: true },
  });
  const compare = comparators[filters.sort ?? "activity"];
  const ours = filters.ours ? await billsWhereOwnStance(db, candidates.map((bill) => bill.id), filters.ours) : null;
  const ordered = candidates
    .filter((bill) => !ours || ours.has(bill.id))
    .map((bill) => ({ id: bill.id, shortTitle: bill.shortTitle, lastEventOn: bill.lastEventOn ? toDay(bill.lastEventOn) : null, rank: ranks?.get(bill.id) ?? 0 }))
    .sort(compare);
  const pageCount = Math.max(1, Math.ceil(ordered.length / BOARD_PAGE_SIZE));
  const ids = ordered.slice((page - 1) * BOARD_PAGE_SIZE, page * BOARD_PAGE_SIZE).map((key) => key.id);
  if (ids.length === 0) return { ...nothing, total: ordered.length, pageCount };

  const [bills, events, matches] = await Promise.all([
    db.bill.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        slug: true,
        shortTitle: true,
        title: true,
        jurisdiction: true,
        region: true,
        numbers: true,
        session: true,
        topics: true,
        lastEventOn: true,
        verifiedOn: true,
      },
    }),
    db.statusEvent.findMany({
      where: { billId: { in: ids } },
      select: {
        id: true,
        billId: true,
        path: true,
        stage: true,
        occurredOn: true,
        createdAt: true,
        chamber: true,
        billNumber: true,
        attemptFailed: true,
        body: true,
        description: true,
        sourceUrl: true,
        sourceKind: true,
        retractedAt: true,
        correctsId: true,
      },
    }),
    filters.q ? highlightMatches(db, filters.q, ids) : null,
  ]);
  const eventsByBill = groupBy(events, (event) => event.billId);
  const position = new Map(ids.map((id, index) => [id, index]));
  bills.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));

  const board = bills.map((bill): BoardBill => {
    const effective = effectiveStageEvents(eventsByBill.get(bill.id) ?? []);
    return {
      slug: bill.slug,
      shortTitle: bill.shortTitle,
      title: bill.title,
      jurisdiction: bill.jurisdiction,
      region: bill.region,
      numbers: bill.numbers,
      topics: bill.topics,
      lastEventOn: bill.lastEventOn ? toDay(bill.lastEventOn) : null,
      verifiedOn: bill.verifiedOn ? toDay(bill.verifiedOn) : null,
      latestEvent: latestEvent(effective),
      status: deriveStatus(modelOf(bill.jurisdiction), effective.map(toModelEvent), bill, { now }),
      match: matches?.get(bill.id) ?? null,
    };
  });
  return { bills: board, total: ordered.length, page, pageCount };
}

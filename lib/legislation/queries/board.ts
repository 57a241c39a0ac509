import "server-only";

import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

import { toDay } from "../dates";
import { MATCH_END, MATCH_START } from "../highlight";
import { toModelEvent } from "../model-events";
import { modelOf, phasesOfOutcome } from "../process";
import { deriveStatus, type BillStatus } from "../process/status";
import type { BoardFilters, BoardSort } from "../public-params";
import { normaliseSearchQuery } from "../search-query";
import { phaseSql } from "../phase-where";
import { publicBillSql } from "../visibility";

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
 * The query and, per bill, its best-matching event: the common start of the highlighting query,
 * for the bills in `ids` only. Retracted and corrected events are not searched: the board
 * describes the record as it stands. The page's events (a few hundred) are read through the
 * bill index first and only then matched: a materialised step, so the planner cannot go
 * through the events' search index instead, which for a broad query holds nearly every event.
 */
function searchSources(query: string, ids: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    WITH query AS (SELECT websearch_to_tsquery('english', ${normaliseSearchQuery(query)}) AS q),
    page_events AS MATERIALIZED (
      SELECT e."billId", e."id", e."occurredOn", e."description", e."searchVector"
      FROM "StatusEvent" e
      WHERE e."billId" = ANY(${ids})
        AND e."retractedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c."correctsId" = e."id")
    ),
    matched_events AS (
      SELECT DISTINCT ON (e."billId") e."billId", e."id", e."occurredOn", e."description",
             ts_rank(e."searchVector", query.q) AS rank
      FROM page_events e CROSS JOIN query
      WHERE e."searchVector" @@ query.q
      ORDER BY e."billId", rank DESC, e."occurredOn" DESC, e."id"
    )`;
}

/**
 * A bill's relevance: its own document (titles and numbers weigh most) plus its status history's
 * (one per-bill document, docs/decisions/0021), so ranking reads one row per matching bill.
 */
const RANK = Prisma.sql`(ts_rank(b."searchVector", query.q) + ts_rank(coalesce(b."eventSearchVector", ''::tsvector), query.q))::float8`;
const MATCHES = Prisma.sql`(b."searchVector" @@ query.q OR b."eventSearchVector" @@ query.q)`;

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

/**
 * The board's orders, in SQL. Short titles sort in the "natural" collation (a migration creates
 * it: case and accents ignored, numbers by value); ties end on the id, so pages never overlap.
 */
const ORDER: Record<BoardSort, Prisma.Sql> = {
  activity: Prisma.sql`b."lastEventOn" DESC NULLS LAST, b."shortTitle", b."id"`,
  title: Prisma.sql`b."shortTitle", b."id"`,
  relevance: Prisma.sql`b."rank" DESC, b."lastEventOn" DESC NULLS LAST, b."shortTitle", b."id"`,
};

/** The board's filters as SQL over a bill aliased `b`, the visibility rule first. */
function boardWhere(filters: Partial<BoardFilters>, now: Date): Prisma.Sql {
  const conditions = [publicBillSql(now)];
  if (filters.jurisdiction) conditions.push(Prisma.sql`b."jurisdiction" = ${filters.jurisdiction}`);
  const phases = filters.phase ? [filters.phase] : filters.outcome ? phasesOfOutcome(filters.outcome) : null;
  if (phases) conditions.push(phaseSql(phases, now));
  if (filters.topic) conditions.push(Prisma.sql`${filters.topic} = ANY(b."topics")`);
  // The stance the site's own organisation takes now: its latest position, by the day stated.
  if (filters.ours) {
    conditions.push(Prisma.sql`(
      SELECT p."stance"::text FROM "Position" p JOIN "Organisation" o ON o."id" = p."organisationId"
      WHERE p."billId" = b."id" AND o."isOwn"
      ORDER BY p."statedOn" DESC, p."createdAt" DESC LIMIT 1
    ) = ${filters.ours}`);
  }
  if (filters.q) conditions.push(MATCHES);
  return Prisma.join(conditions, " AND ");
}

/**
 * The ids of one page and the number of all matching bills beside them, in one query. Without a
 * search, the page is an index-only scan in the board's order that stops after its rows, and the
 * count (computed once) an index-only scan of the visibility columns: both indexes are the
 * board-sort migration's, so nothing sorts or reads every public bill. A search ranks every
 * match anyway, so its count rides along with the ranking. A page past the last one has no row
 * to carry the count, so then it is asked for on its own.
 */
async function pageOfIds(db: Database, filters: Partial<BoardFilters>, order: Prisma.Sql, offset: number, now: Date): Promise<{ ids: string[]; total: number }> {
  const where = boardWhere(filters, now);
  const query = filters.q
    ? Prisma.sql`WITH query AS (SELECT websearch_to_tsquery('english', ${normaliseSearchQuery(filters.q)}) AS q)`
    : Prisma.empty;
  const from = filters.q ? Prisma.sql`"Bill" b CROSS JOIN query` : Prisma.sql`"Bill" b`;
  // A search's rank is computed beneath the count (OFFSET 0 keeps PostgreSQL from moving it
  // above), so the count holds a few columns per match rather than both search documents, which
  // at thousands of matches spilled it to disk.
  const rows = filters.q
    ? await db.$queryRaw<{ id: string; total: number }[]>`
        ${query}
        SELECT b."id", count(*) OVER ()::int AS total, b."rank"
        FROM (SELECT b."id", b."lastEventOn", b."shortTitle", ${RANK} AS rank FROM ${from} WHERE ${where} OFFSET 0) b
        ORDER BY ${order}
        LIMIT ${BOARD_PAGE_SIZE} OFFSET ${offset}`
    : await db.$queryRaw<{ id: string; total: number }[]>`
        SELECT b."id", (SELECT count(*)::int FROM "Bill" b WHERE ${where}) AS total
        FROM ${from}
        WHERE ${where}
        ORDER BY ${order}
        LIMIT ${BOARD_PAGE_SIZE} OFFSET ${offset}`;
  const total = rows[0]?.total ?? (await db.$queryRaw<{ total: number }[]>`${query} SELECT count(*)::int AS total FROM ${from} WHERE ${where}`)[0]?.total ?? 0;
  return { ids: rows.map((row) => row.id), total };
}

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
 * bills the full-text search matches, each with its highlighted matches. PostgreSQL filters,
 * orders and counts, and hands back the ids of one page; only those bills are loaded with their
 * events: three queries, four with a search, whatever the number of bills, events or pages.
 * A page past the last one comes back empty.
 */
export async function listBoardBills(
  db: Database,
  filters: Partial<BoardFilters> = {},
  page = 1,
  now: Date = new Date(),
): Promise<BoardPage> {
  const sort = filters.sort ?? "activity";
  // Relevance needs a query; without one the board's default order stands.
  const order = ORDER[sort === "relevance" && !filters.q ? "activity" : sort];
  const offset = (Math.max(1, page) - 1) * BOARD_PAGE_SIZE;
  const { ids, total } = await pageOfIds(db, filters, order, offset, now);
  const pageCount = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  if (ids.length === 0) return { bills: [], total, page, pageCount };

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
  return { bills: board, total, page, pageCount };
}

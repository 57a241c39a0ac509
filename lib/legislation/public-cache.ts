import "server-only";

import { unstable_cache } from "next/cache";
import { cache } from "react";

import { db } from "@/lib/db/client";

import { tags } from "./cache-tags";
import { today } from "./dates";
import type { BoardFilters, TimelineFilters } from "./public-params";
import {
  getBillDetail,
  findOwnOrganisation,
  listComparableBills,
  listOpenWindows,
  listBoardBills,
  listChanges,
  listCorrections,
  listBoardFacets,
  listPublicBills,
  listTimeline,
  listUpcomingKeyDates,
} from "./queries";

// Public pages read through these: the first request after a change runs the query, the rest
// are served from Next's data cache until a command expires the tag. See
// docs/decisions/0002-rendering-and-caching.md. React's cache() on top lets a page and its
// metadata share one read per request.
//
// What is cached: reads whose every parameter comes from a closed set the data defines (a
// legislature, an outcome group, a topic or slug that exists, a board page number up to the
// number of pages all public bills fill). Free text (a search query, a
// `since` day, a page cursor) is read straight from the database instead: each distinct value
// would be a new cache entry, on disk in a self-hosted install, so any visitor could fill the
// disk by varying a URL. Those reads are indexed and cheap.

// A scheduled bill becomes visible without any write, so lists are also refreshed every minute.
const LIST_REFRESH_SECONDS = 60;

const listOptions = { tags: [tags.billList], revalidate: LIST_REFRESH_SECONDS };

/** Every public bill, briefly: slugs, titles, topics. */
export const getPublicBills = cache(unstable_cache(() => listPublicBills(db), ["public-bills"], listOptions));

/** How many public bills there are and their topics: the board's page limit and topic filter. */
export const getBoardFacets = cache(unstable_cache(() => listBoardFacets(db), ["board-facets"], listOptions));

const cachedBoard = unstable_cache(
  (filters: Omit<BoardFilters, "q">, page: number) => listBoardBills(db, filters, page),
  ["board-bills"],
  listOptions,
);

/**
 * One page of the status board. Parse the filters with parseBoardParams first, so topics are
 * known ones, and refuse a page past the number of pages all public bills fill, so page
 * numbers are a closed set too.
 */
export const getBoardBills = cache((filters: BoardFilters = { sort: "activity" }, page = 1) => {
  if (filters.q) return listBoardBills(db, filters, page);
  const { jurisdiction, phase, outcome, topic, ours, sort } = filters;
  return cachedBoard({ jurisdiction, phase, outcome, topic, ours, sort }, page);
});

const cachedUpcomingKeyDates = unstable_cache(
  (day: string) => listUpcomingKeyDates(db, { today: day }),
  ["upcoming-key-dates"],
  listOptions,
);

const cachedOpenWindows = unstable_cache((day: string) => listOpenWindows(db, { today: day }), ["open-windows"], listOptions);

/** Windows to take part open today, closing soonest first. */
export const getOpenWindows = cache(() => cachedOpenWindows(today()));

/** Key dates from today on, soonest first. */
export const getUpcomingKeyDates = cache(() => cachedUpcomingKeyDates(today()));

const MAX_SLUG_LENGTH = 200;

/** A public bill with its history and key dates, or null. */
export const getBill = cache(async (slug: string) => {
  if (slug.length > MAX_SLUG_LENGTH) return null;
  const known = (await getPublicBills()).some((bill) => bill.slug === slug);
  // A slug the cached list does not know is looked up without caching: it is usually a mistyped
  // or unpublished address (caching misses would let anyone fill the cache), or a bill published
  // since the list was cached, which should not wait for the list to refresh.
  if (!known) return getBillDetail(db, slug);
  return unstable_cache(() => getBillDetail(db, slug), ["bill-detail", slug], {
    tags: [tags.bill(slug), tags.allBills],
    revalidate: LIST_REFRESH_SECONDS,
  })();
});

const cachedTimeline = unstable_cache(
  (filters: Pick<TimelineFilters, "bill" | "jurisdiction">) => listTimeline(db, filters),
  ["timeline"],
  listOptions,
);

/** A page of the timeline; parse the filters with parseTimelineParams first. */
export const getTimeline = cache((filters: TimelineFilters = {}) => {
  if (filters.since || filters.cursor) return listTimeline(db, filters);
  return cachedTimeline({ bill: filters.bill, jurisdiction: filters.jurisdiction });
});

/** A page of what the tracker changed since a day (uncached: the day is free text). */
export const getChanges = cache((filters: TimelineFilters & { since: string }) => listChanges(db, filters));
/** Every public bill with its provisions, for /compare: one cache entry, whatever the choice of bills. */
export const getComparableBills = cache(unstable_cache(() => listComparableBills(db), ["comparable-bills"], listOptions));

/** The organisation that runs the site, if one is marked: the board offers a filter by its positions. */
export const getOwnOrganisation = cache(unstable_cache(() => findOwnOrganisation(db), ["own-organisation"], listOptions));

/** Every correction and retraction, newest first. */
export const getCorrections = cache(unstable_cache(() => listCorrections(db), ["corrections"], listOptions));

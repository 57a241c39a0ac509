import "server-only";

import { siteUrl } from "@/lib/config";
import { OPEN_DATA_CACHE_CONTROL, withProblemOnError } from "@/lib/http/open-data";
import { problemResponse } from "@/lib/http/problem";
import { makeRepresentation, serveRepresentation } from "@/lib/http/representation";

import { ATOM_CONTENT_TYPE, renderAtom } from "./atom";
import { ICAL_CONTENT_TYPE, renderCalendar } from "./calendar";
import type { CalendarData, FeedData } from "./queries";

// Feeds and calendars as HTTP answers, with ETag/Last-Modified and 304s. Reads come in through
// FeedReads, cached for the routes (./public-cache.ts) and plain in tests.

export interface FeedReads {
  siteFeed(): Promise<FeedData>;
  billFeed(slug: string): Promise<FeedData | null>;
  siteCalendar(): Promise<CalendarData>;
  billCalendar(slug: string): Promise<CalendarData | null>;
}

function notFound(slug: string): Response {
  return problemResponse(404, "not-found", `There is no published bill with the slug "${slug}".`);
}

function atom(request: Request, data: FeedData, selfPath: string): Response {
  const representation = makeRepresentation(renderAtom(data, siteUrl(), selfPath), ATOM_CONTENT_TYPE, new Date(data.lastModified));
  return serveRepresentation(request, representation, { cacheControl: OPEN_DATA_CACHE_CONTROL });
}

function calendar(request: Request, data: CalendarData, filename: string): Response {
  const representation = makeRepresentation(
    renderCalendar(data, siteUrl()),
    ICAL_CONTENT_TYPE,
    data.lastModified ? new Date(data.lastModified) : null,
  );
  return serveRepresentation(request, representation, {
    cacheControl: OPEN_DATA_CACHE_CONTROL,
    headers: { "Content-Disposition": `inline; filename="${filename}"` },
  });
}

export function handleSiteFeed(request: Request, reads: FeedReads): Promise<Response> {
  return withProblemOnError(request, async () => atom(request, await reads.siteFeed(), "/feed.xml"));
}

export function handleBillFeed(request: Request, slug: string, reads: FeedReads): Promise<Response> {
  return withProblemOnError(request, async () => {
    const data = await reads.billFeed(slug);
    return data ? atom(request, data, `/bills/${encodeURIComponent(data.bill?.slug ?? slug)}/feed.xml`) : notFound(slug);
  });
}

export function handleSiteCalendar(request: Request, reads: FeedReads): Promise<Response> {
  return withProblemOnError(request, async () => calendar(request, await reads.siteCalendar(), "key-dates.ics"));
}

export function handleBillCalendar(request: Request, slug: string, reads: FeedReads): Promise<Response> {
  return withProblemOnError(request, async () => {
    const data = await reads.billCalendar(slug);
    return data ? calendar(request, data, `${data.bill?.slug ?? "key-dates"}.ics`) : notFound(slug);
  });
}

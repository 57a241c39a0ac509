import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { BoardBill } from "@/components/board-bill";
import { BoardFiltersForm, BoardSortForm, outcomeNames } from "@/components/board-filters";
import { KeyDateList } from "@/components/key-date-list";
import { LiveUpdates } from "@/components/live-updates";
import { Pagination } from "@/components/pagination";
import { WindowList } from "@/components/window-list";
import { today } from "@/lib/legislation/dates";
import { legislatureName, phaseLabel } from "@/lib/legislation/process";
import { positionStanceLabels } from "@/lib/legislation/positions";
import { getBoardBills, getBoardFacets, getOpenWindows, getOwnOrganisation, getUpcomingKeyDates } from "@/lib/legislation/public-cache";
import { hasBoardFilters, parseBoardParams, parsePage, queryString, type BoardFilters, type SearchParams } from "@/lib/legislation/public-params";
import { BOARD_PAGE_SIZE } from "@/lib/legislation/queries";
import { site } from "@/lib/site-config";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md).
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const params = await searchParams;
  const searched = Object.values(params).some(Boolean);
  const page = parsePage(params);
  return {
    title: page && page > 1 ? `Status board, page ${page}` : "Status board",
    description: site.tagline,
    alternates: {
      canonical: "/",
      types: {
        "application/atom+xml": [{ url: "/feed.xml", title: "Every status change" }],
        "text/calendar": [{ url: "/calendar.ics", title: "Key dates" }],
      },
    },
    // Filtered and searched views are for readers, not for search engines' indexes.
    robots: searched ? { index: false, follow: true } : undefined,
  };
}

/** "2 bills match “deepfake” in the UK Parliament that became law", in words. */
function resultsSentence(count: number, filters: BoardFilters): string {
  const bills = count === 1 ? "1 bill" : `${count} bills`;
  const parts = [count === 0 ? "No bills" : bills, count === 1 ? "matches" : "match"];
  if (filters.q) parts.push(`“${filters.q}”`);
  if (filters.jurisdiction) parts.push(`in the ${legislatureName(filters.jurisdiction)}`);
  if (filters.phase) parts.push(`in the phase “${phaseLabel(filters.phase).toLowerCase()}”`);
  if (filters.outcome) parts.push(`with the outcome “${outcomeNames[filters.outcome].toLowerCase()}”`);
  if (filters.topic) parts.push(`on the topic “${filters.topic}”`);
  if (filters.ours) parts.push(`where our position is “${positionStanceLabels[filters.ours].toLowerCase()}”`);
  return `${parts.join(" ")}.`;
}

/** The address of a page of these results: the same search, filters and order. */
function pageHref(filters: BoardFilters, page: number): string {
  const defaultSort = filters.q ? "relevance" : "activity";
  const { q, jurisdiction, phase, outcome, topic, ours } = filters;
  return `/${queryString({ q, jurisdiction, phase, outcome, topic, ours, sort: filters.sort === defaultSort ? undefined : filters.sort, page: page > 1 ? String(page) : undefined })}`;
}

export default async function StatusBoardPage({ searchParams }: PageProps) {
  const [params, facets] = await Promise.all([searchParams, getBoardFacets()]);
  const { filters, problems } = parseBoardParams(params, facets.topics);
  // Not a page number, or past the last page of these results: there is no such page.
  const requested = parsePage(params);
  if (requested === null || requested > Math.max(1, Math.ceil(facets.total / BOARD_PAGE_SIZE))) notFound();
  const [board, keyDates, own, windows] = await Promise.all([
    getBoardBills(filters, requested),
    getUpcomingKeyDates(),
    getOwnOrganisation(),
    getOpenWindows(),
  ]);
  if (requested > board.pageCount) notFound();
  const { bills, total, page, pageCount } = board;
  const filtered = hasBoardFilters(filters);

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Where each bill stands</h1>
      <p className="mt-4 max-w-2xl text-lg">{site.tagline}</p>
      <LiveUpdates />
      <BoardFiltersForm filters={filters} topics={facets.topics} problems={problems} filtered={filtered} ownName={own?.name ?? null} />

      <div className="mt-6 grid gap-10 sm:mt-10 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="text-2xl font-bold">
            {filtered ? resultsSentence(total, filters) : `All ${total} bills`}
          </h2>
          {total === 0 ? (
            filtered ? (
              <p className="mt-4">
                Check the spelling, try fewer words or other filters, or <Link href="/">clear filters</Link> to see every
                bill.
              </p>
            ) : (
              <p className="mt-4">No bills have been published yet.</p>
            )
          ) : (
            <>
              {total > 1 ? <BoardSortForm filters={filters} /> : null}
              {pageCount > 1 ? (
                <p className="mt-6 text-muted">
                  Showing bills {(page - 1) * BOARD_PAGE_SIZE + 1} to {(page - 1) * BOARD_PAGE_SIZE + bills.length} of {total}.
                </p>
              ) : null}
              <div className="mt-6">
                {bills.map((bill) => (
                  <BoardBill key={bill.slug} bill={bill} />
                ))}
              </div>
              <Pagination page={page} pageCount={pageCount} href={(n) => pageHref(filters, n)} label="Pages of bills" />
            </>
          )}
        </section>

        <aside aria-labelledby="take-part-heading coming-up-heading" className="lg:border-l lg:border-rule lg:pl-8">
          <h2 id="take-part-heading" className="text-2xl font-bold">
            Open to respond
          </h2>
          {windows.length ? (
            <WindowList windows={windows} today={today()} />
          ) : (
            <p className="mt-3">No consultation, call for evidence or comment period is open now.</p>
          )}
          <h2 id="coming-up-heading" className="mt-8 text-2xl font-bold">
            Coming up
          </h2>
          {keyDates.length ? (
            <KeyDateList keyDates={keyDates} />
          ) : (
            <p className="mt-3">
              No upcoming key dates are recorded. Past deadlines and commencements are listed on each bill&rsquo;s page.
            </p>
          )}
          <p className="mt-6">
            <Link href="/timeline">See every status change on the timeline</Link>
          </p>
        </aside>
      </div>
    </>
  );
}

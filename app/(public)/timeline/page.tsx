import type { Metadata } from "next";
import Link from "next/link";

import { FilterActions, LegislatureField, SelectField, TextField } from "@/components/filter-fields";
import { ChangeList } from "@/components/change-list";
import { LiveUpdates } from "@/components/live-updates";
import { TimelineList } from "@/components/timeline-list";
import { formatIsoDay } from "@/lib/legislation/dates";
import { getChanges, getPublicBills, getTimeline } from "@/lib/legislation/public-cache";
import {
  encodeChangeCursor,
  encodeCursor,
  parseTimelineParams,
  queryString,
  type SearchParams,
  type TimelineFilters,
} from "@/lib/legislation/public-params";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md).
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const params = await searchParams;
  return {
    title: "Timeline",
    description: "Every status change of every bill we track, newest first, each with its date and source.",
    alternates: { canonical: "/timeline" },
    robots: Object.values(params).some(Boolean) ? { index: false, follow: true } : undefined,
  };
}

export default async function TimelinePage({ searchParams }: PageProps) {
  const [params, bills] = await Promise.all([searchParams, getPublicBills()]);
  const { filters, problems } = parseTimelineParams(
    params,
    bills.map((bill) => bill.slug),
  );
  const since = filters.since;
  const byChange = since !== undefined && filters.by === "change";
  const kept = { bill: filters.bill, jurisdiction: filters.jurisdiction, since, by: since ? filters.by : undefined };
  const filtered = Boolean(filters.bill || filters.jurisdiction || since);
  const cursorProblem = problems.find((problem) => problem.field === "cursor");

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Timeline</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Every status change of every bill we track, newest first. To see what changed since a day, for example last
        Monday, enter it under &ldquo;Since&rdquo;: you get what the tracker recorded, corrected, retracted or published
        since then, whenever the events took place.
      </p>
      <LiveUpdates />

      <form method="get" action="/timeline" aria-label="Filter the timeline" className="mt-8 bg-panel p-4 sm:p-6">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            name="bill"
            label="Bill"
            defaultValue={filters.bill}
            problems={problems}
            options={[{ value: "", label: "All bills" }, ...bills.map((bill) => ({ value: bill.slug, label: bill.shortTitle }))]}
          />
          <LegislatureField defaultValue={filters.jurisdiction} problems={problems} />
          <TextField
            name="since"
            type="date"
            label="Since"
            hint="On or after this day."
            defaultValue={since}
            problems={problems}
          />
          <SelectField
            name="by"
            label="Since means"
            defaultValue={filters.by ?? "change"}
            problems={problems}
            options={[
              { value: "change", label: "Changes to the tracker" },
              { value: "action", label: "Events that took place" },
            ]}
          />
        </div>
        <FilterActions submitLabel="Show events" clearHref="/timeline" filtered={filtered} />
      </form>

      {cursorProblem ? <p className="mt-6 font-bold text-error">{cursorProblem.message}</p> : null}
      {since && byChange ? (
        <ChangesSince filters={{ ...filters, since }} kept={kept} />
      ) : (
        <EventsList filters={filters} kept={kept} filtered={filtered} />
      )}
    </>
  );
}

type Kept = Record<string, string | undefined>;

async function ChangesSince({ filters, kept }: { filters: TimelineFilters & { since: string }; kept: Kept }) {
  const page = await getChanges(filters);
  return (
    <>
      <p className="mt-6 text-lg">
        Showing what the tracker recorded, corrected, retracted or published on or after{" "}
        <strong>{formatIsoDay(filters.since)}</strong> (UTC), newest first.{" "}
        <Link href={`/timeline${queryString({ ...kept, by: "action" })}`}>Show events that took place since then instead</Link>.
      </p>
      {page.changes.length ? (
        <ChangeList changes={page.changes} />
      ) : (
        <p className="mt-8 text-lg">
          Nothing has changed on the tracker since then for these filters. <Link href="/timeline">Clear filters</Link> to
          see every event.
        </p>
      )}
      {page.nextCursor || filters.changeCursor ? (
        <nav aria-label="Pages of the changes" className="mt-8 flex flex-wrap gap-x-8 gap-y-3 text-lg font-bold">
          {filters.changeCursor ? <Link href={`/timeline${queryString(kept)}`}>Newest changes</Link> : null}
          {page.nextCursor ? (
            <Link href={`/timeline${queryString({ ...kept, cursor: encodeChangeCursor(page.nextCursor) })}`} rel="next">
              Older changes
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

async function EventsList({ filters, kept, filtered }: { filters: TimelineFilters; kept: Kept; filtered: boolean }) {
  const page = await getTimeline(filters);
  return (
    <>
      {filters.since ? (
        <p className="mt-6 text-lg">
          Showing events that took place on or after <strong>{formatIsoDay(filters.since)}</strong>.{" "}
          <Link href={`/timeline${queryString({ ...kept, by: "change" })}`}>Show what the tracker changed since then instead</Link>.
        </p>
      ) : null}

      {page.events.length ? (
        <TimelineList events={page.events} />
      ) : (
        <p className="mt-8 text-lg">
          {filtered ? (
            <>
              No events match these filters. <Link href="/timeline">Clear filters</Link> to see every event.
            </>
          ) : (
            "No status events have been published yet."
          )}
        </p>
      )}

      {page.nextCursor || filters.cursor ? (
        <nav aria-label="Pages of the timeline" className="mt-8 flex flex-wrap gap-x-8 gap-y-3 text-lg font-bold">
          {filters.cursor ? <Link href={`/timeline${queryString(kept)}`}>Newest events</Link> : null}
          {page.nextCursor ? (
            <Link href={`/timeline${queryString({ ...kept, cursor: encodeCursor(page.nextCursor) })}`} rel="next">
              Older events
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

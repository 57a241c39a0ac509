import type { Metadata } from "next";
import Link from "next/link";

import { SelectField, SubmitButton, TextField } from "@/components/filter-fields";
import { LiveUpdates } from "@/components/live-updates";
import { TimelineList } from "@/components/timeline-list";
import { legislatures } from "@/lib/legislation/process";
import { formatIsoDay } from "@/lib/legislation/dates";
import { getPublicBills, getTimeline } from "@/lib/legislation/public-cache";
import { encodeCursor, parseTimelineParams, queryString, type SearchParams } from "@/lib/legislation/public-params";

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
  const page = await getTimeline(filters);
  const kept = { bill: filters.bill, jurisdiction: filters.jurisdiction, since: filters.since };
  const filtered = Boolean(filters.bill || filters.jurisdiction || filters.since);
  const cursorProblem = problems.find((problem) => problem.field === "cursor");

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Timeline</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Every status change of every bill we track, newest first. To see what changed since a day, for example last
        Monday, enter it under &ldquo;Since&rdquo;.
      </p>
      <LiveUpdates />

      <form method="get" action="/timeline" aria-label="Filter the timeline" className="mt-8 bg-panel p-4 sm:p-6">
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="bill"
            label="Bill"
            defaultValue={filters.bill}
            problems={problems}
            options={[{ value: "", label: "All bills" }, ...bills.map((bill) => ({ value: bill.slug, label: bill.shortTitle }))]}
          />
          <SelectField
            name="jurisdiction"
            label="Legislature"
            defaultValue={filters.jurisdiction}
            problems={problems}
            options={[{ value: "", label: "All legislatures" }, ...legislatures.map((model) => ({ value: model.code, label: model.name }))]}
          />
          <TextField
            name="since"
            type="date"
            label="Since"
            hint="Events on or after this day."
            defaultValue={filters.since}
            problems={problems}
          />
        </div>
        <div className="mt-5 flex flex-wrap items-center gap-x-6 gap-y-3">
          <SubmitButton>Show events</SubmitButton>
          {filtered ? <Link href="/timeline">Clear filters</Link> : null}
        </div>
      </form>

      {cursorProblem ? <p className="mt-6 font-bold text-error">{cursorProblem.message}</p> : null}
      {filters.since ? (
        <p className="mt-6 text-lg">
          Showing events on or after <strong>{formatIsoDay(filters.since)}</strong>.
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

import { positionStanceLabels, positionStances } from "@/lib/legislation/positions";
import { phases } from "@/lib/legislation/process";
import { MAX_QUERY_LENGTH } from "@/lib/legislation/search-query";
import type { BoardFilters, ParamProblem } from "@/lib/legislation/public-params";

import { FilterActions, LegislatureField, SelectField, SubmitButton, TextField } from "./filter-fields";
import { NarrowDisclosure } from "./narrow-disclosure";

/** The outcome groups of links from before phases existed (?outcome=), named in the results sentence. */
export const outcomeNames = { enacted: "Became law", pending: "In progress", failed: "Did not pass" } as const;

/**
 * The board's search and filters: a plain GET form, so every view is a link and works without
 * JavaScript. It leaves the order out: a new search is ranked by best match, and the order is
 * chosen for the results shown (BoardSortForm).
 */
export function BoardFiltersForm({
  filters,
  topics,
  problems,
  filtered,
  ownName,
}: {
  filters: BoardFilters;
  topics: readonly string[];
  problems: readonly ParamProblem[];
  filtered: boolean;
  /** The organisation that runs the site; without one there is no filter by its positions. */
  ownName: string | null;
}) {
  const active = [filters.jurisdiction, filters.phase, filters.topic, filters.ours].filter(Boolean).length;
  const refused = problems.some((problem) => ["jurisdiction", "phase", "topic", "ours"].includes(problem.field));
  return (
    <form method="get" action="/" role="search" aria-label="Bills" className="mt-4 bg-panel p-4 sm:mt-8 sm:p-6">
      <TextField
        name="q"
        type="search"
        label="Search bills"
        hint="Words from a title, summary or status history, or a bill number such as S.1829."
        defaultValue={filters.q}
        maxLength={MAX_QUERY_LENGTH}
        problems={problems}
      />
      <NarrowDisclosure summary={active ? `Filter bills (${active} active)` : "Filter bills"} open={refused} className="mt-3">
        <div className="mt-2 grid gap-4 min-[26rem]:grid-cols-2 sm:mt-4 lg:grid-cols-3">
          <LegislatureField defaultValue={filters.jurisdiction} problems={problems} />
          <SelectField
            name="phase"
            label="Phase"
            defaultValue={filters.phase}
            problems={problems}
            options={[{ value: "", label: "Any phase" }, ...phases.map((phase) => ({ value: phase.code, label: phase.label }))]}
          />
          <SelectField
            name="topic"
            label="Topic"
            defaultValue={filters.topic}
            problems={problems}
            options={[{ value: "", label: "Any topic" }, ...topics.map((topic) => ({ value: topic, label: topic }))]}
          />
          {ownName ? (
            <SelectField
              name="ours"
              label={`Position of ${ownName}`}
              defaultValue={filters.ours}
              problems={problems}
              options={[{ value: "", label: "Any position, or none" }, ...positionStances.map((stance) => ({ value: stance, label: positionStanceLabels[stance] }))]}
            />
          ) : null}
        </div>
      </NarrowDisclosure>
      <FilterActions submitLabel="Show bills" clearHref="/" filtered={filtered} />
    </form>
  );
}

/** The order of the results shown, keeping the search and filters that produced them. */
export function BoardSortForm({ filters }: { filters: BoardFilters }) {
  const kept = { q: filters.q, jurisdiction: filters.jurisdiction, phase: filters.phase, outcome: filters.outcome, topic: filters.topic, ours: filters.ours };
  const options = [
    ...(filters.q ? [{ value: "relevance", label: "Best match" }] : []),
    { value: "activity", label: "Latest activity" },
    { value: "title", label: "Title (A to Z)" },
  ];
  const current = { relevance: "best match", activity: "latest activity", title: "title, A to Z" }[filters.sort];
  return (
    <form method="get" action="/" aria-label="Order of the bills" className="mt-2 sm:mt-4">
      {Object.entries(kept).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <NarrowDisclosure summary={`Sorted by ${current}`}>
        <div className="flex flex-wrap items-end gap-3 pb-2 sm:pb-0">
          <SelectField name="sort" label="Sort by" defaultValue={filters.sort} className="min-w-52" options={options} />
          <SubmitButton>Sort</SubmitButton>
        </div>
      </NarrowDisclosure>
    </form>
  );
}

import type { Metadata } from "next";

import { BarChart } from "@/components/bar-chart";
import { getStatistics } from "@/lib/facts/public-cache";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Facts and figures",
  description: "Figures on AI-generated child sexual abuse material, each with its period and the source that reported it.",
  alternates: { canonical: "/facts" },
};

export default async function FactsPage() {
  const statistics = await getStatistics();
  const charted = statistics.filter((statistic) => statistic.series);

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Facts and figures</h1>
      <p className="mt-4 max-w-2xl text-lg">
        The figures behind these laws, each with the period it covers and the organisation that reported it, linked to
        the publication where we have recorded it. We quote them as published and do not adjust them.
      </p>

      {statistics.length === 0 ? <p className="mt-8">No figures have been published yet.</p> : null}

      {charted.length ? (
        <section aria-labelledby="charts-heading" className="mt-10">
          <h2 id="charts-heading" className="text-2xl font-bold">
            Change over time
          </h2>
          <div className="grid gap-x-10 lg:grid-cols-2">
            {charted.map((statistic) =>
              statistic.series ? (
                <BarChart
                  key={statistic.id}
                  id={`chart-${statistic.id}`}
                  title={statistic.label}
                  source={statistic.sourceName}
                  series={statistic.series}
                />
              ) : null,
            )}
          </div>
        </section>
      ) : null}

      {statistics.length ? (
        <section aria-labelledby="figures-heading" className="mt-12">
          <h2 id="figures-heading" className="text-2xl font-bold">
            All figures
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {statistics.map((statistic) => (
              <li key={statistic.id} className="border-l-4 border-link bg-panel p-4">
                <p className="text-2xl font-bold break-words">{statistic.value}</p>
                <p className="mt-1">{statistic.label}</p>
                <p className="mt-2 text-sm">
                  <span className="font-bold">Period:</span> {statistic.period}
                </p>
                <p className="text-sm">
                  <span className="font-bold">As reported by:</span>{" "}
                  {statistic.sourceUrl ? (
                    <a href={statistic.sourceUrl} rel="noopener">
                      {statistic.sourceName}
                    </a>
                  ) : (
                    <>
                      {statistic.sourceName} <span className="text-muted">(we have not yet recorded a link to this publication)</span>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

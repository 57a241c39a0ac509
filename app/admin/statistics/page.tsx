import type { Metadata } from "next";
import Link from "next/link";

import { StatisticForm } from "@/components/admin/statistic-form";
import { Notice } from "@/components/forms/form-message";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listStatistics } from "@/lib/legislation/admin-queries";
import { ownValue } from "@/lib/lookup";

import { createStatisticAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Figures" };

const notices: Record<string, string> = { added: "Figure added.", saved: "Figure saved.", deleted: "Figure deleted." };

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("manage:statistic:any");
  const statistics = await listStatistics(db);
  const notice = ownValue(notices, String((await searchParams).notice ?? ""));
  const next = statistics.reduce((max, statistic) => Math.max(max, statistic.position + 1), 0);
  return (
    <>
      <h1 className="text-4xl font-bold">Figures</h1>
      <p className="mt-4 max-w-2xl text-lg">The figures on the public facts page, each with its source.</p>
      {notice ? <Notice>{notice}</Notice> : null}
      {statistics.length === 0 ? (
        <p className="mt-6">No figures yet.</p>
      ) : (
        <ol className="mt-6 max-w-3xl border-t border-rule">
          {statistics.map((statistic) => (
            <li key={statistic.id} className="border-b border-rule py-3">
              <p>
                <Link href={`/admin/statistics/${statistic.id}`} className="font-bold">
                  {statistic.value}
                </Link>{" "}
                {statistic.label} ({statistic.period})
              </p>
              <p className="text-sm text-muted">Source: {statistic.sourceName}</p>
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="add-heading" className="mt-10 max-w-4xl bg-panel p-4 sm:p-6">
        <h2 id="add-heading" className="text-2xl font-bold">
          Add a figure
        </h2>
        <StatisticForm
          key={statistics.length}
          action={createStatisticAction}
          initial={{ label: "", value: "", period: "", sourceName: "", sourceUrl: "", position: String(next) }}
          submitLabel="Add figure"
        />
      </section>
    </>
  );
}

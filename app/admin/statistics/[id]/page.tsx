import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { StatisticForm } from "@/components/admin/statistic-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getStatistic } from "@/lib/legislation/admin-queries";

import { deleteStatisticAction, updateStatisticAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a figure" };

export default async function StatisticPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("manage:statistic:any");
  const { id } = await params;
  const statistic = await getStatistic(db, id);
  if (!statistic) notFound();
  return (
    <>
      <p className="text-lg text-muted">
        <Link href="/admin/statistics">Figures</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Edit a figure</h1>
      <StatisticForm
        key={statistic.version}
        action={updateStatisticAction}
        id={statistic.id}
        version={statistic.version}
        initial={{ ...statistic, sourceUrl: statistic.sourceUrl ?? "", position: String(statistic.position) }}
        submitLabel="Save figure"
        cancelHref="/admin/statistics"
      />
      <section aria-labelledby="delete-heading" className="mt-12 border-t border-rule pt-6">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete this figure
        </h2>
        <p className="mt-2">It disappears from the facts page. The audit log keeps what it said.</p>
        <DeleteForm action={deleteStatisticAction} id={statistic.id} version={statistic.version} label="Delete figure" />
      </section>
    </>
  );
}

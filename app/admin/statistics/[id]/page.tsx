import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { RecordEditPage } from "@/components/admin/record-edit-page";
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
    <RecordEditPage
      back={{ href: "/admin/statistics", label: "Figures" }}
      heading="Edit a figure"
      form={
        <StatisticForm
          key={statistic.version}
          action={updateStatisticAction}
          id={statistic.id}
          version={statistic.version}
          initial={{ ...statistic, sourceUrl: statistic.sourceUrl ?? "", position: String(statistic.position) }}
          submitLabel="Save figure"
          cancelHref="/admin/statistics"
        />
      }
      deletion={{
        heading: "Delete this figure",
        explanation: "It disappears from the facts page. The audit log keeps what it said.",
        form: <DeleteForm action={deleteStatisticAction} id={statistic.id} version={statistic.version} label="Delete figure" />,
      }}
    />
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { KeyDateForm } from "@/components/admin/key-date-form";
import { RecordEditPage } from "@/components/admin/record-edit-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, getKeyDate } from "@/lib/legislation/admin-queries";

import { deleteKeyDateAction, updateKeyDateAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a key date" };

export default async function KeyDatePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("manage:keyDate:any");
  const { id } = await params;
  const [keyDate, bills] = await Promise.all([getKeyDate(db, id), billOptions(db)]);
  if (!keyDate) notFound();
  const back = keyDate.billId ? `/admin/key-dates?bill=${keyDate.billId}` : "/admin/key-dates";
  return (
    <RecordEditPage
      back={{ href: back, label: "Key dates" }}
      heading="Edit a key date"
      form={
        <KeyDateForm
          key={keyDate.version}
          action={updateKeyDateAction}
          bills={bills}
          id={keyDate.id}
          version={keyDate.version}
          initial={{
            billId: keyDate.billId ?? "",
            date: keyDate.date,
            title: keyDate.title,
            description: keyDate.description ?? "",
            sourceUrl: keyDate.sourceUrl,
          }}
          submitLabel="Save key date"
          cancelHref={back}
        />
      }
      deletion={{
        heading: "Delete this key date",
        explanation: "It disappears from the calendar. The audit log keeps what it said.",
        form: <DeleteForm action={deleteKeyDateAction} id={keyDate.id} version={keyDate.version} label="Delete key date" extra={{ billId: keyDate.billId ?? "" }} />,
      }}
    />
  );
}

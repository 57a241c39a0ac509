import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { KeyDateForm } from "@/components/admin/key-date-form";
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
    <>
      <p className="text-lg text-muted">
        <Link href={back}>Key dates</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Edit a key date</h1>
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
      <section aria-labelledby="delete-heading" className="mt-12 border-t border-rule pt-6">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete this key date
        </h2>
        <p className="mt-2">It disappears from the calendar. The audit log keeps what it said.</p>
        <DeleteForm action={deleteKeyDateAction} id={keyDate.id} version={keyDate.version} label="Delete key date" extra={{ billId: keyDate.billId ?? "" }} />
      </section>
    </>
  );
}

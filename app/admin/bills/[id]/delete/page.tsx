import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DeleteBillForm } from "@/components/admin/delete-bill-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getBillForEditing } from "@/lib/legislation/admin-queries";

import { deleteBillAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Delete a draft" };

export default async function DeleteBillPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("delete:bill:any");
  const { id } = await params;
  const bill = await getBillForEditing(db, id);
  if (!bill) notFound();
  return (
    <>
      <p className="text-lg text-muted">
        <Link href={`/admin/bills/${bill.id}`}>{bill.shortTitle}</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Delete this draft</h1>
      {bill.state !== "draft" ? (
        <p className="mt-4 text-lg">Only drafts can be deleted. Unpublish this bill first if it really should go.</p>
      ) : (
        <>
          <p className="mt-4 max-w-2xl text-lg">
            This removes the bill, its status history, key dates and revisions. The audit log keeps a record of what it said. It
            cannot be undone.
          </p>
          <DeleteBillForm action={deleteBillAction} id={bill.id} version={bill.version} cancelHref={`/admin/bills/${bill.id}`} />
        </>
      )}
    </>
  );
}

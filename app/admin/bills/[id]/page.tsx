import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { BillForm } from "@/components/admin/bill-form";
import { BillHeader } from "@/components/admin/bill-header";
import { PublicationForm } from "@/components/admin/publication-form";
import { formatDateTime } from "@/components/admin/time";
import { Notice } from "@/components/forms/form-message";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getBillForEditing } from "@/lib/legislation/admin-queries";
import { ownValue } from "@/lib/lookup";

import { publicationAction, saveBillAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit bill" };

const notices: Record<string, string> = {
  created: "Draft saved. Add its status history, then publish it when it is ready.",
  saved: "Your changes are saved.",
  unchanged: "There were no changes to save.",
  published: "Published. The bill is now on the public site.",
  unpublished: "Unpublished. The bill is no longer on the public site.",
  scheduled: "Scheduled. The bill will appear on the public site at the time you chose.",
};

export default async function EditBillPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:bill:any");
  const { id } = await params;
  const bill = await getBillForEditing(db, id);
  if (!bill) notFound();
  const notice = ownValue(notices, String((await searchParams).notice ?? ""));
  const now = new Date().toISOString().slice(0, 16);

  return (
    <>
      <BillHeader bill={bill} current="details" showAudit={can(actor.role, "read:audit:content")} />
      {notice ? <Notice>{notice}</Notice> : null}

      <section aria-labelledby="publication-heading" className="mt-8">
        <h2 id="publication-heading" className="text-2xl font-bold">
          Publication
        </h2>
        <p className="mt-2 max-w-2xl">
          {bill.state === "draft"
            ? "This bill is a draft: only people signed in to the back office can see it."
            : bill.state === "published"
              ? "This bill is on the public site."
              : bill.live
                ? "Its scheduled time has passed: this bill is on the public site."
                : `This bill will appear on the public site at ${bill.publishAt ? formatDateTime(bill.publishAt) : "its scheduled time"}.`}
        </p>
        <PublicationForm key={bill.version} action={publicationAction} id={bill.id} version={bill.version} state={bill.state} live={bill.live} nowUtc={now} />
      </section>

      <section aria-labelledby="details-heading" className="mt-12 border-t-4 border-ink pt-6">
        <h2 id="details-heading" className="text-3xl font-bold">
          Details
        </h2>
        <p className="mt-2 text-muted">
          Version {bill.version}, last saved {formatDateTime(bill.updatedAt)}.
        </p>
        <BillForm
          key={bill.version}
          action={saveBillAction}
          initial={bill.values}
          id={bill.id}
          version={bill.version}
          submitLabel="Save changes"
          cancelHref={`/admin/bills/${bill.id}`}
        />
      </section>

      {bill.state === "draft" && can(actor.role, "delete:bill:any") ? (
        <p className="mt-12">
          <Link href={`/admin/bills/${bill.id}/delete`}>Delete this draft</Link>
        </p>
      ) : null}
    </>
  );
}

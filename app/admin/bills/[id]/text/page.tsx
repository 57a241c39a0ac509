import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BillHeader } from "@/components/admin/bill-header";
import { ImportedTextVersions } from "@/components/admin/imported-text-versions";
import { SuccessBanner } from "@/components/admin/success-banner";
import { TextVersionForm } from "@/components/admin/text-version-form";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { importNoticeMessage } from "@/lib/bill-text/import-notice";
import { listImportedTextVersions } from "@/lib/bill-text/queries";
import { textVersionsOf } from "@/lib/bill-text/versions";
import { db } from "@/lib/db/client";
import { getBillForEditing } from "@/lib/legislation/admin-queries";

import { importTextVersionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Text versions" };

// The page is for importing, so it asks for that permission; importTextVersion checks it again.
export default async function TextVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("import:billText:any");
  const { id } = await params;
  const bill = await getBillForEditing(db, id);
  if (!bill) notFound();
  const versions = await listImportedTextVersions(db, bill.id);
  const notice = importNoticeMessage(await searchParams);

  return (
    <>
      <BillHeader bill={bill} current="text" showAudit={can(actor.role, "read:audit:content")} />
      {notice ? (
        <SuccessBanner key={notice}>{notice}</SuccessBanner>
      ) : null}
      <section aria-labelledby="versions-heading" className="mt-8">
        <h2 id="versions-heading" className="text-2xl font-bold">
          Imported versions
        </h2>
        <p className="mt-2 max-w-3xl text-muted">
          Each official version of the bill&rsquo;s text, read from its file. {bill.live ? "The public reads them section by section." : "The public can read them once the bill is published."}
        </p>
        <ImportedTextVersions versions={versions} publicSlug={bill.live ? bill.slug : null} />
      </section>
      {/* On the page's own background, not a panel: the error colour is too faint on the panel's grey. */}
      <section aria-labelledby="import-heading" className="mt-12 max-w-4xl border-t-4 border-ink pt-6">
        <h2 id="import-heading" className="text-2xl font-bold">
          Import a version
        </h2>
        {/* A new key after each import clears the last upload's errors and choices. */}
        <TextVersionForm
          key={`${versions.length}:${notice ?? ""}`}
          action={importTextVersionAction}
          billId={bill.id}
          billSlug={bill.slug}
          kinds={textVersionsOf(bill.jurisdiction)}
        />
      </section>
    </>
  );
}

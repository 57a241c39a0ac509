import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { BillPage } from "@/components/bill-page";
import { Notice } from "@/components/notice";
import { requirePermission } from "@/lib/auth/session";
import { siteUrl } from "@/lib/config";
import { db } from "@/lib/db/client";
import { viewBill } from "@/lib/legislation/bill-view";
import { today } from "@/lib/legislation/dates";
import { getBillDetailForPreview } from "@/lib/legislation/queries";

// A draft (or any bill) exactly as the public page will show it, in the public layout, for
// signed-in editors only: requirePermission sends anyone else to sign in. Never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

export default async function BillPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("read:bill:any");
  const { id } = await params;
  const bill = await getBillDetailForPreview(db, id);
  if (!bill) notFound();
  return (
    <>
      <Notice title="Preview" tone="warning">
        <p>
          This is how the public page will look. Only signed-in editors can open this link.{" "}
          <Link href={`/admin/bills/${id}`}>Back to editing</Link>
        </p>
      </Notice>
      <BillPage
        bill={bill}
        view={viewBill(bill, { today: today() })}
        problems={[]}
        canonicalUrl={`${siteUrl()}/bills/${bill.slug}`}
        preview
      />
    </>
  );
}

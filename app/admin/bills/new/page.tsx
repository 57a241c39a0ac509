import type { Metadata } from "next";
import Link from "next/link";

import { BillForm } from "@/components/admin/bill-form";
import { requirePermission } from "@/lib/auth/session";
import { emptyBillForm } from "@/lib/legislation/bill-form";

import { createBillAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a bill" };

export default async function NewBillPage() {
  await requirePermission("create:bill:any");
  return (
    <>
      <p className="text-lg text-muted">
        <Link href="/admin/bills">Bills</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Add a bill</h1>
      <p className="mt-4 max-w-2xl text-lg">
        The bill is saved as a draft: nobody outside the back office sees it until you publish it. Leave the address blank to
        make one from the short title.
      </p>
      <BillForm
        action={createBillAction}
        initial={{ ...emptyBillForm, jurisdiction: "us" }}
        submitLabel="Save as draft"
        cancelHref="/admin/bills"
      />
    </>
  );
}

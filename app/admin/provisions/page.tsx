import type { Metadata } from "next";
import Link from "next/link";

import { ProvisionForm } from "@/components/admin/provision-form";
import { Notice } from "@/components/forms/form-message";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, listProvisions } from "@/lib/legislation/admin-queries";
import { provisionCategoryLabels } from "@/lib/legislation/provision-categories";
import { ownValue } from "@/lib/lookup";

import { createProvisionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Provisions" };

const notices: Record<string, string> = { added: "Provision added.", saved: "Provision saved.", deleted: "Provision deleted." };

export default async function ProvisionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("manage:provision:any");
  const query = await searchParams;
  const bills = await billOptions(db);
  const billId = typeof query.bill === "string" && bills.some((bill) => bill.id === query.bill) ? query.bill : undefined;
  const provisions = await listProvisions(db, { billId });
  const bill = bills.find((option) => option.id === billId);
  const notice = ownValue(notices, String(query.notice ?? ""));

  return (
    <>
      {bill ? (
        <p className="text-lg text-muted">
          <Link href={`/admin/bills/${bill.id}`}>{bill.label}</Link>
        </p>
      ) : null}
      <h1 className="mt-1 text-4xl font-bold">{bill ? `Provisions of ${bill.label}` : "Provisions"}</h1>
      <p className="mt-4 max-w-2xl text-lg">
        What each bill does, one entry per provision, filed under a fixed list of categories. They appear on the bill&rsquo;s
        page and side by side on <Link href="/compare">the comparison</Link>. A category with no entry reads &ldquo;not
        recorded&rdquo;: add only what the sources say.
        {bill ? (
          <>
            {" "}
            <Link href="/admin/provisions">Show every provision</Link>.
          </>
        ) : null}
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      {provisions.length === 0 ? (
        <p className="mt-6">No provisions yet.</p>
      ) : (
        <ul className="mt-6 max-w-3xl border-t border-rule">
          {provisions.map((provision) => (
            <li key={provision.id} className="border-b border-rule py-3">
              <p>
                <span className="font-bold">{provisionCategoryLabels[provision.category]}</span>
                {provision.citation ? <span className="text-muted"> ({provision.citation})</span> : null}:{" "}
                <Link href={`/admin/provisions/${provision.id}`}>{provision.text}</Link>
              </p>
              <p className="text-sm text-muted">{provision.billTitle}</p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-heading" className="mt-10 max-w-4xl bg-panel p-4 sm:p-6">
        <h2 id="add-heading" className="text-2xl font-bold">
          Add a provision
        </h2>
        <ProvisionForm
          key={provisions.length}
          action={createProvisionAction}
          bills={bills}
          initial={{ billId: billId ?? "", category: "", text: "", citation: "", position: "" }}
          submitLabel="Add provision"
        />
      </section>
    </>
  );
}

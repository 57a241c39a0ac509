import type { Metadata } from "next";
import Link from "next/link";

import { ProvisionForm } from "@/components/admin/provision-form";
import { RecordListPage } from "@/components/admin/record-list-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, chosenBill, listProvisions } from "@/lib/legislation/admin-queries";
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
  const bill = chosenBill(bills, query.bill);
  const provisions = await listProvisions(db, { billId: bill?.id });

  return (
    <RecordListPage
      bill={bill}
      heading={bill ? `Provisions of ${bill.label}` : "Provisions"}
      intro={
        <>
          What each bill does, one entry per provision, filed under a fixed list of categories. They appear on the bill&rsquo;s
          page and side by side on <Link href="/compare">the comparison</Link>. A category with no entry reads &ldquo;not
          recorded&rdquo;: add only what the sources say.
        </>
      }
      everyHref="/admin/provisions"
      everyLabel="Show every provision"
      notice={ownValue(notices, String(query.notice ?? ""))}
      items={provisions}
      empty="No provisions yet."
      entry={(provision) => ({
        line: (
          <>
            <span className="font-bold">{provisionCategoryLabels[provision.category]}</span>
            {provision.citation ? <span className="text-muted"> ({provision.citation})</span> : null}:{" "}
            <Link href={`/admin/provisions/${provision.id}`}>{provision.text}</Link>
          </>
        ),
        detail: provision.billTitle,
      })}
      addHeading="Add a provision"
      form={
        <ProvisionForm
          key={provisions.length}
          action={createProvisionAction}
          bills={bills}
          initial={{ billId: bill?.id ?? "", category: "", text: "", citation: "", textVersionCode: "", textSection: "", position: "" }}
          submitLabel="Add provision"
        />
      }
    />
  );
}

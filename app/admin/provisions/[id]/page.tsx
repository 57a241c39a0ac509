import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { EntityRevisions } from "@/components/admin/entity-revisions";
import { ProvisionForm } from "@/components/admin/provision-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, entityRevisions, getProvision } from "@/lib/legislation/admin-queries";

import { deleteProvisionAction, updateProvisionAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a provision" };

export default async function ProvisionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("manage:provision:any");
  const { id } = await params;
  const [provision, bills, revisions] = await Promise.all([getProvision(db, id), billOptions(db), entityRevisions(db, "provision", id)]);
  if (!provision) notFound();
  const back = `/admin/provisions?bill=${provision.billId}`;
  return (
    <>
      <p className="text-lg text-muted">
        <Link href={back}>Provisions of {provision.billTitle}</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Edit a provision</h1>
      <ProvisionForm
        key={provision.version}
        action={updateProvisionAction}
        bills={bills}
        id={provision.id}
        version={provision.version}
        initial={{
          billId: provision.billId,
          category: provision.category,
          text: provision.text,
          citation: provision.citation ?? "",
          position: String(provision.position),
        }}
        submitLabel="Save provision"
        cancelHref={back}
      />
      <section aria-labelledby="revisions-heading" className="mt-12 border-t border-rule pt-6">
        <h2 id="revisions-heading" className="text-xl font-bold">
          Saved versions
        </h2>
        <EntityRevisions revisions={revisions} fields={{ category: "Category", text: "What it does", citation: "Citation" }} />
      </section>
      <section aria-labelledby="delete-heading" className="mt-12 border-t border-rule pt-6">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete this provision
        </h2>
        <p className="mt-2">It disappears from the bill&rsquo;s page and the comparison. The audit log keeps what it said.</p>
        <DeleteForm action={deleteProvisionAction} id={provision.id} version={provision.version} label="Delete provision" extra={{ billId: provision.billId }} />
      </section>
    </>
  );
}

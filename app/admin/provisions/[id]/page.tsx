import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { EntityRevisions } from "@/components/admin/entity-revisions";
import { ProvisionForm } from "@/components/admin/provision-form";
import { RecordEditPage } from "@/components/admin/record-edit-page";
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
    <RecordEditPage
      back={{ href: back, label: `Provisions of ${provision.billTitle}` }}
      heading="Edit a provision"
      form={
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
            textVersionCode: provision.textVersionCode ?? "",
            textSection: provision.textSection ?? "",
            position: String(provision.position),
          }}
          submitLabel="Save provision"
          cancelHref={back}
        />
      }
      revisions={<EntityRevisions revisions={revisions} fields={{ category: "Category", text: "What it does", citation: "Citation", textVersionCode: "Text version", textSection: "Part of the text" }} />}
      deletion={{
        heading: "Delete this provision",
        explanation: "It disappears from the bill’s page and the comparison. The audit log keeps what it said.",
        form: <DeleteForm action={deleteProvisionAction} id={provision.id} version={provision.version} label="Delete provision" extra={{ billId: provision.billId }} />,
      }}
    />
  );
}

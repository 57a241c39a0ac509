import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EntityRevisions } from "@/components/admin/entity-revisions";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { RecordEditPage } from "@/components/admin/record-edit-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { entityRevisions, getOrganisation } from "@/lib/legislation/admin-queries";

import { updateOrganisationAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit an organisation" };

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("manage:position:any");
  const { id } = await params;
  const [organisation, revisions] = await Promise.all([getOrganisation(db, id), entityRevisions(db, "organisation", id)]);
  if (!organisation) notFound();
  return (
    <RecordEditPage
      back={{ href: "/admin/organisations", label: "Organisations" }}
      heading="Edit an organisation"
      form={
        <OrganisationForm
          key={organisation.version}
          action={updateOrganisationAction}
          id={organisation.id}
          version={organisation.version}
          initial={{ name: organisation.name, url: organisation.url ?? "", isOwn: organisation.isOwn }}
          submitLabel="Save organisation"
          cancelHref="/admin/organisations"
        />
      }
      revisions={<EntityRevisions revisions={revisions} fields={{ name: "Name", url: "Website", isOwn: "This site’s own" }} />}
    />
  );
}

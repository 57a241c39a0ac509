import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { EntityRevisions } from "@/components/admin/entity-revisions";
import { OrganisationForm } from "@/components/admin/organisation-form";
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
    <>
      <p className="text-lg text-muted">
        <Link href="/admin/organisations">Organisations</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Edit an organisation</h1>
      <OrganisationForm
        key={organisation.version}
        action={updateOrganisationAction}
        id={organisation.id}
        version={organisation.version}
        initial={{ name: organisation.name, url: organisation.url ?? "", isOwn: organisation.isOwn }}
        submitLabel="Save organisation"
        cancelHref="/admin/organisations"
      />
      <section aria-labelledby="revisions-heading" className="mt-12 border-t border-rule pt-6">
        <h2 id="revisions-heading" className="text-xl font-bold">
          Saved versions
        </h2>
        <EntityRevisions revisions={revisions} fields={{ name: "Name", url: "Website", isOwn: "This site’s own" }} />
      </section>
    </>
  );
}

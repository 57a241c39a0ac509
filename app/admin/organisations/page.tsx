import type { Metadata } from "next";
import Link from "next/link";

import { OrganisationForm } from "@/components/admin/organisation-form";
import { Notice } from "@/components/forms/form-message";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listOrganisations } from "@/lib/legislation/admin-queries";
import { ownValue } from "@/lib/lookup";

import { createOrganisationAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Organisations" };

const notices: Record<string, string> = { added: "Organisation added.", saved: "Organisation saved." };

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("manage:position:any");
  const query = await searchParams;
  const organisations = await listOrganisations(db);
  const notice = ownValue(notices, String(query.notice ?? ""));
  return (
    <>
      <h1 className="text-4xl font-bold">Organisations</h1>
      <p className="mt-4 max-w-2xl text-lg">
        The organisations whose <Link href="/admin/positions">positions on bills</Link> you record: the one that runs this
        site, and others.
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      {organisations.length === 0 ? (
        <p className="mt-6">No organisations yet.</p>
      ) : (
        <ul className="mt-6 max-w-3xl border-t border-rule">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="border-b border-rule py-3">
              <p>
                <Link href={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
                {organisation.isOwn ? <span className="font-bold"> (this site&rsquo;s own)</span> : null}
              </p>
              <p className="text-sm text-muted">
                {organisation.positions === 1 ? "1 position" : `${organisation.positions} positions`}
                {organisation.url ? <> · {organisation.url}</> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-heading" className="mt-10 max-w-4xl bg-panel p-4 sm:p-6">
        <h2 id="add-heading" className="text-2xl font-bold">
          Add an organisation
        </h2>
        <OrganisationForm key={organisations.length} action={createOrganisationAction} initial={{ name: "", url: "", isOwn: false }} submitLabel="Add organisation" />
      </section>
    </>
  );
}

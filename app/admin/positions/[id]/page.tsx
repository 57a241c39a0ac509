import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { EntityRevisions } from "@/components/admin/entity-revisions";
import { PositionForm } from "@/components/admin/position-form";
import { RecordEditPage } from "@/components/admin/record-edit-page";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, entityRevisions, getPosition, listOrganisations } from "@/lib/legislation/admin-queries";

import { deletePositionAction, updatePositionAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Correct a position" };

export default async function PositionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("manage:position:any");
  const { id } = await params;
  const [position, bills, organisations, revisions] = await Promise.all([
    getPosition(db, id),
    billOptions(db),
    listOrganisations(db),
    entityRevisions(db, "position", id),
  ]);
  if (!position) notFound();
  const back = `/admin/positions?bill=${position.billId}`;
  return (
    <RecordEditPage
      back={{ href: back, label: `Positions on ${position.billTitle}` }}
      heading="Correct a position"
      intro={
        <>
          If {position.organisationName} has changed its position, do not edit this one: <Link href={back}>record the new position</Link>,
          so the history shows both.
        </>
      }
      form={
        <PositionForm
          key={position.version}
          action={updatePositionAction}
          bills={bills}
          organisations={organisations}
          id={position.id}
          version={position.version}
          initial={{
            billId: position.billId,
            organisationId: position.organisationId,
            stance: position.stance,
            statement: position.statement,
            sourceUrl: position.sourceUrl ?? "",
            statedOn: position.statedOn,
          }}
          submitLabel="Save correction"
          cancelHref={back}
        />
      }
      revisions={<EntityRevisions revisions={revisions} fields={{ stance: "Position", statement: "Statement", statedOn: "Date stated", sourceUrl: "Source" }} />}
      deletion={{
        heading: "Delete this position",
        explanation: "Only for a position recorded in error. The audit log keeps what it said.",
        form: <DeleteForm action={deletePositionAction} id={position.id} version={position.version} label="Delete position" extra={{ billId: position.billId }} />,
      }}
    />
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { EntityRevisions } from "@/components/admin/entity-revisions";
import { RecordEditPage } from "@/components/admin/record-edit-page";
import { WindowForm } from "@/components/admin/window-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { billOptions, entityRevisions, getWindow } from "@/lib/legislation/admin-queries";

import { deleteWindowAction, updateWindowAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a window to take part" };

export default async function WindowPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("manage:window:any");
  const { id } = await params;
  const [window, bills, revisions] = await Promise.all([getWindow(db, id), billOptions(db), entityRevisions(db, "window", id)]);
  if (!window) notFound();
  const back = `/admin/windows?bill=${window.billId}`;
  return (
    <RecordEditPage
      back={{ href: back, label: `Windows to take part in ${window.billTitle}` }}
      heading="Edit a window to take part"
      form={
        <WindowForm
          key={window.version}
          action={updateWindowAction}
          bills={bills}
          id={window.id}
          version={window.version}
          initial={{
            billId: window.billId,
            kind: window.kind,
            title: window.title,
            runBy: window.runBy,
            respondUrl: window.respondUrl,
            description: window.description ?? "",
            opensOn: window.opensOn,
            closesOn: window.closesOn,
          }}
          submitLabel="Save window"
          cancelHref={back}
        />
      }
      revisions={<EntityRevisions revisions={revisions} fields={{ title: "Title", runBy: "Run by", opensOn: "Opens", closesOn: "Closes", respondUrl: "How to respond" }} />}
      deletion={{
        heading: "Delete this window",
        explanation: "It disappears from the board, the bill’s page and the calendars. The audit log keeps what it said.",
        form: <DeleteForm action={deleteWindowAction} id={window.id} version={window.version} label="Delete window" extra={{ billId: window.billId }} />,
      }}
    />
  );
}

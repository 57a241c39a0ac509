import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DeleteForm } from "@/components/admin/delete-form";
import { EntityRevisions } from "@/components/admin/entity-revisions";
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
    <>
      <p className="text-lg text-muted">
        <Link href={back}>Windows to take part in {window.billTitle}</Link>
      </p>
      <h1 className="mt-1 text-4xl font-bold">Edit a window to take part</h1>
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
      <section aria-labelledby="revisions-heading" className="mt-12 border-t border-rule pt-6">
        <h2 id="revisions-heading" className="text-xl font-bold">
          Saved versions
        </h2>
        <EntityRevisions revisions={revisions} fields={{ title: "Title", runBy: "Run by", opensOn: "Opens", closesOn: "Closes", respondUrl: "How to respond" }} />
      </section>
      <section aria-labelledby="delete-heading" className="mt-12 border-t border-rule pt-6">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete this window
        </h2>
        <p className="mt-2">It disappears from the board, the bill&rsquo;s page and the calendars. The audit log keeps what it said.</p>
        <DeleteForm action={deleteWindowAction} id={window.id} version={window.version} label="Delete window" extra={{ billId: window.billId }} />
      </section>
    </>
  );
}

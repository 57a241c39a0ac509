import type { Metadata } from "next";
import Link from "next/link";

import { WebhookForm } from "@/components/admin/webhook-form";
import { WebhookTable } from "@/components/admin/webhook-table";
import { initialWebhookFormState } from "@/lib/alerts/admin-forms";
import { listWebhooks } from "@/lib/alerts/queries";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

import { createWebhookAction, deleteWebhookAction, setWebhookActiveAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Webhooks", robots: { index: false } };

export default async function WebhooksPage() {
  // Administrators only: anyone else gets the back office's 403 page.
  await requirePermission("manage:webhook:any");
  const webhooks = await listWebhooks(db);
  return (
    <>
      <h1 className="text-3xl font-bold">Webhooks</h1>
      <p className="mt-4 max-w-3xl">
        Each status change is sent to every webhook that is on, as signed JSON (Standard Webhooks). Failed deliveries are
        retried for about eight hours; see the <Link href="/admin/deliveries">delivery log</Link> for every attempt&apos;s
        outcome.
      </p>
      <h2 className="mt-8 text-2xl font-bold">Registered</h2>
      <WebhookTable webhooks={webhooks} setActiveAction={setWebhookActiveAction} deleteAction={deleteWebhookAction} />
      <h2 className="mt-10 text-2xl font-bold">Add a webhook</h2>
      <WebhookForm action={createWebhookAction} initialState={initialWebhookFormState} />
    </>
  );
}

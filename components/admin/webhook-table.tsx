import type { NoticeState } from "@/lib/alerts/admin-forms";
import type { WebhookRow } from "@/lib/alerts/queries";

import { formatDateTime } from "./time";
import { NoticeForm } from "./notice-form";

type Action = (state: NoticeState, formData: FormData) => Promise<NoticeState>;

/** The registered webhooks, each with its state in words, its delivery counts and its buttons. */
export function WebhookTable({
  webhooks,
  setActiveAction,
  deleteAction,
}: {
  webhooks: readonly WebhookRow[];
  setActiveAction: Action;
  deleteAction: Action;
}) {
  if (webhooks.length === 0) return <p className="mt-4">No webhooks yet.</p>;
  return (
    <ul className="mt-4 space-y-6">
      {webhooks.map((webhook) => (
        <li key={webhook.id} className="border-t border-rule pt-4">
          <h3 className="break-all text-lg font-bold">{webhook.url}</h3>
          {webhook.description ? <p>{webhook.description}</p> : null}
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-bold">State</dt>
            <dd>{webhook.active ? "On: receives every status change" : "Off: receives nothing"}</dd>
            <dt className="font-bold">Secret</dt>
            <dd className="font-mono">{webhook.secretHint}</dd>
            <dt className="font-bold">Deliveries</dt>
            <dd>
              {webhook.deliveries.sent} sent, {webhook.deliveries.pending} waiting,{" "}
              <span className={webhook.deliveries.failed ? "font-bold text-error" : undefined}>{webhook.deliveries.failed} failed</span>
            </dd>
            <dt className="font-bold">Added</dt>
            <dd>{formatDateTime(webhook.createdAt)}</dd>
          </dl>
          <div className="mt-3 flex flex-wrap items-start gap-4">
            <NoticeForm
              action={setActiveAction}
              fields={{ id: webhook.id, active: String(!webhook.active) }}
              label={webhook.active ? `Switch off` : `Switch on`}
            />
            <NoticeForm action={deleteAction} fields={{ id: webhook.id }} label="Delete" tone="warning" />
          </div>
        </li>
      ))}
    </ul>
  );
}

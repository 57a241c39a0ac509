import Link from "next/link";

import type { NoticeState } from "@/lib/alerts/admin-forms";
import type { DeliveryFilter, DeliveryRow } from "@/lib/alerts/queries";

import { formatDateTime } from "./time";
import { NoticeForm } from "./notice-form";

type Action = (state: NoticeState, formData: FormData) => Promise<NoticeState>;

function statusWords(row: DeliveryRow): string {
  // An email whose text was kept was handled with no mail server (SMTP_URL): it went nowhere.
  if (row.status === "sent" && row.channel === "email" && row.message) {
    return `Logged, not sent (no SMTP_URL)${row.sentAt ? ` ${formatDateTime(row.sentAt)}` : ""}`;
  }
  if (row.status === "sent") return `Sent ${row.sentAt ? formatDateTime(row.sentAt) : ""}${row.attempts > 1 ? ` after ${row.attempts} tries` : ""}`;
  if (row.status === "failed") return `Failed after ${row.attempts} ${row.attempts === 1 ? "try" : "tries"}`;
  return row.attempts === 0 ? "Waiting to be sent" : `Waiting: try ${row.attempts + 1} at ${formatDateTime(row.nextAttemptAt)}`;
}

const filters: { label: string; filter: DeliveryFilter }[] = [
  { label: "All", filter: {} },
  { label: "Failed", filter: { status: "failed" } },
  { label: "Waiting", filter: { status: "pending" } },
  { label: "Emails", filter: { channel: "email" } },
  { label: "Webhooks", filter: { channel: "webhook" } },
];

function href(basePath: string, filter: DeliveryFilter): string {
  const query = new URLSearchParams();
  if (filter.channel) query.set("channel", filter.channel);
  if (filter.status) query.set("status", filter.status);
  if (filter.before) query.set("before", String(filter.before));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** Every email and webhook delivery, newest first: what, to whom (masked), when, and how it went. */
export function DeliveryLog({
  rows,
  filter,
  nextBefore,
  basePath,
  resendAction,
  mailMode,
}: {
  rows: readonly DeliveryRow[];
  filter: DeliveryFilter;
  nextBefore: number | null;
  basePath: string;
  resendAction: Action;
  mailMode: "smtp" | "log";
}) {
  return (
    <>
      {mailMode === "log" ? (
        <p className="mt-4 border-l-4 border-notice-fg bg-notice-bg p-3 text-notice-fg">
          No mail server is configured (SMTP_URL), so emails are not sent: their text is kept here instead.
        </p>
      ) : null}
      <nav aria-label="Filter deliveries" className="mt-4">
        <ul className="flex flex-wrap gap-4">
          {filters.map((entry) => {
            const current = entry.filter.status === filter.status && entry.filter.channel === filter.channel;
            return (
              <li key={entry.label}>
                <Link href={href(basePath, entry.filter)} aria-current={current ? "page" : undefined} className={current ? "font-bold" : undefined}>
                  {entry.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {rows.length === 0 ? <p className="mt-6">No deliveries here.</p> : null}
      <ol className="mt-6 space-y-4">
        {rows.map((row) => (
          <li key={row.id} className={`border-l-4 p-3 ${row.status === "failed" ? "border-error" : "border-rule"}`}>
            <p className="font-bold">
              #{row.id} · {row.channel === "email" ? "Email" : "Webhook"} · {row.topic}
            </p>
            <p className="break-all">To {row.target}</p>
            <p>
              {statusWords(row)}
              {row.lastStatusCode ? ` · last answer ${row.lastStatusCode}` : ""} · queued {formatDateTime(row.createdAt)}
            </p>
            {row.lastError ? <p className="text-error">Last error: {row.lastError}</p> : null}
            {row.message ? (
              <details className="mt-2">
                <summary>Message: {row.message.subject}</summary>
                <pre className="mt-2 whitespace-pre-wrap break-words bg-panel p-3 text-sm">{row.message.text}</pre>
              </details>
            ) : null}
            {row.status !== "pending" ? (
              <div className="mt-2">
                <NoticeForm action={resendAction} fields={{ deliveryId: String(row.id) }} label="Resend" />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {nextBefore ? (
        <p className="mt-6">
          <Link href={href(basePath, { ...filter, before: nextBefore })}>Older deliveries</Link>
        </p>
      ) : null}
    </>
  );
}

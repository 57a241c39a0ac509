import { ownValue } from "@/lib/lookup";

// How an audit row reads in the viewer: where its entity lives, and what changed, as text.
// Pure, so unit tests cover it.

export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join("\n");
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields whose values differ between `before` and `after` (all of them when one is missing). */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields.flatMap((field) => {
    const was = text(ownValue(a, field));
    const now = text(ownValue(b, field));
    return was === now ? [] : [{ field, before: was, after: now }];
  });
}

/** The back-office page of the entity an audit row is about, or null when there is none. */
export function auditEntityLink(row: { entityType: string; entityId: string; before: unknown; after: unknown }): string | null {
  const billId = asRecord(row.after).billId ?? asRecord(row.before).billId;
  switch (row.entityType) {
    case "bill":
      return `/admin/bills/${encodeURIComponent(row.entityId)}`;
    case "statusEvent":
      return typeof billId === "string" ? `/admin/bills/${encodeURIComponent(billId)}/history#event-${row.entityId}` : null;
    case "keyDate":
      return `/admin/key-dates/${encodeURIComponent(row.entityId)}`;
    case "provision":
      return `/admin/provisions/${encodeURIComponent(row.entityId)}`;
    case "organisation":
      return `/admin/organisations/${encodeURIComponent(row.entityId)}`;
    case "position":
      return `/admin/positions/${encodeURIComponent(row.entityId)}`;
    case "window":
      return `/admin/windows/${encodeURIComponent(row.entityId)}`;
    case "statistic":
      return `/admin/statistics/${encodeURIComponent(row.entityId)}`;
    case "suggestion":
      return `/admin/inbox/${encodeURIComponent(row.entityId)}`;
    case "watchedSource":
      return typeof billId === "string" ? `/admin/bills/${encodeURIComponent(billId)}/sources` : null;
    case "textVersion":
      return typeof billId === "string" ? `/admin/bills/${encodeURIComponent(billId)}` : null;
    case "user":
      // Invitations are filed under the address, before any account exists.
      return row.entityId.includes("@") ? "/admin/users" : `/admin/users/${encodeURIComponent(row.entityId)}`;
    default:
      return null;
  }
}

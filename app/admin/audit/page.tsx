import type { Metadata } from "next";
import Link from "next/link";

import { LocalDateTime } from "@/components/admin/local-time";
import { buttonClasses, inputClass, selectClass } from "@/components/forms/styles";
import { auditActionLabel, fieldLabel } from "@/lib/audit/describe";
import { auditEntityTypes, auditFilterOptions, contentEntityTypes, listAuditEntries, type AuditEntityType, type AuditFilters } from "@/lib/audit/queries";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { parseDay } from "@/lib/legislation/dates";
import { ownValue } from "@/lib/lookup";
import { INT4_MAX, storableText } from "@/lib/text";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, name: string): string | undefined {
  const value = ownValue(params, name);
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  // Filters match stored text, which never holds a NUL or half an emoji: PostgreSQL refuses them.
  const text = first ? storableText(first.slice(0, 200)) : "";
  return text || undefined;
}

function filtersFrom(params: Params): AuditFilters {
  const entityType = one(params, "entity");
  const before = Number(one(params, "before"));
  const day = (name: string) => {
    const value = one(params, name);
    return value && parseDay(value) ? value : undefined;
  };
  return {
    actor: one(params, "actor"),
    entityType: entityType && Object.hasOwn(auditEntityTypes, entityType) ? (entityType as AuditEntityType) : undefined,
    entityId: one(params, "entityId"),
    billId: one(params, "bill"),
    action: one(params, "action"),
    from: day("from"),
    to: day("to"),
    before: Number.isInteger(before) && before > 0 && before <= INT4_MAX ? before : undefined,
  };
}

function query(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({
    actor: filters.actor,
    entity: filters.entityType,
    entityId: filters.entityId,
    bill: filters.billId,
    action: filters.action,
    from: filters.from,
    to: filters.to,
    ...extra,
  }).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "");
  return new URLSearchParams(entries).toString();
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePermission("read:audit:content");
  // Editors read the log of the content they keep; administrators all of it.
  const contentOnly = !can(actor.role, "read:audit:any");
  const filters = { ...filtersFrom(await searchParams), contentOnly };
  const [{ entries, nextCursor }, options] = await Promise.all([listAuditEntries(db, filters), auditFilterOptions(db, contentOnly)]);
  const filtered = Object.entries(filters).some(([key, value]) => key !== "before" && key !== "contentOnly" && value !== undefined);
  const entityChoices = Object.entries(auditEntityTypes).filter(([value]) => !contentOnly || contentEntityTypes.includes(value as AuditEntityType));

  return (
    <>
      <h1 className="text-4xl font-bold">Audit log</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Every change, who made it and when, newest first, in your own time zone. Entries can never be edited or deleted.
      </p>
      {contentOnly ? (
        <p className="mt-2 max-w-2xl">Changes to bills, their history, key dates, figures and watched sources. Accounts, alerts and webhooks are for administrators.</p>
      ) : null}
      <form method="get" aria-label="Filter the audit log" className="mt-6 grid gap-4 bg-panel p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="actor" className="block font-bold">
            Who
          </label>
          <select id="actor" name="actor" defaultValue={filters.actor ?? ""} className={`${selectClass} mt-1`}>
            <option value="">Anyone</option>
            {options.actors.map((actor) => (
              <option key={actor} value={actor}>
                {actor}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="entity" className="block font-bold">
            What kind of thing
          </label>
          <select id="entity" name="entity" defaultValue={filters.entityType ?? ""} className={`${selectClass} mt-1`}>
            <option value="">Anything</option>
            {entityChoices.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="block font-bold">
            Action
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className={`${selectClass} mt-1`}>
            <option value="">Any action</option>
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block font-bold">
            From (UTC)
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from} className={`${inputClass} mt-1 max-w-56`} />
        </div>
        <div>
          <label htmlFor="to" className="block font-bold">
            To (UTC)
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to} className={`${inputClass} mt-1 max-w-56`} />
        </div>
        {filters.billId ? <input type="hidden" name="bill" value={filters.billId} /> : null}
        {filters.entityId ? <input type="hidden" name="entityId" value={filters.entityId} /> : null}
        <div className="flex items-end gap-4">
          <button type="submit" className={buttonClasses.secondary}>
            Filter
          </button>
          {filtered ? <Link href="/admin/audit">Clear filters</Link> : null}
        </div>
      </form>
      {filters.billId ? (
        <p className="mt-4">
          Showing one bill&apos;s trail. <Link href={`/admin/bills/${filters.billId}`}>Back to the bill</Link>
        </p>
      ) : null}

      {entries.length === 0 ? (
        <p className="mt-6">No entries match.</p>
      ) : (
        <ol className="mt-6 max-w-5xl border-t border-rule" aria-label="Audit entries">
          {entries.map((entry) => (
            <li key={entry.id} className="border-b border-rule py-3" data-action={entry.action}>
              <p>
                <strong>{entry.actor}</strong> {entry.sentence.verb}
                {entry.sentence.object ? " " : ""}
                {entry.sentence.object && entry.link ? <Link href={entry.link}>{entry.sentence.object}</Link> : entry.sentence.object}
                {entry.sentence.rest}.
              </p>
              <p className="text-sm text-muted">
                <LocalDateTime iso={entry.createdAt} />
                {" · "}
                {auditActionLabel(entry.action)}
              </p>
              {entry.changes.length ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-link underline">
                    {entry.changes.length === 1 ? "1 field" : `${entry.changes.length} fields`}
                    <span className="sr-only"> of entry {entry.id}</span>
                  </summary>
                  <dl className="mt-2 grid gap-2 text-sm">
                    {entry.changes.map((change) => (
                      <div key={change.field} className="grid gap-x-4 sm:grid-cols-[12rem_1fr_1fr]">
                        <dt className="font-bold">{fieldLabel(change.field)}</dt>
                        <dd className="whitespace-pre-wrap break-words text-muted">
                          <span className="sr-only">Before: </span>
                          {change.before || "—"}
                        </dd>
                        <dd className="whitespace-pre-wrap break-words">
                          <span className="sr-only">After: </span>
                          {change.after || "—"}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {nextCursor ? (
        <p className="mt-6">
          <Link href={`/admin/audit?${query(filters, { before: String(nextCursor) })}`}>Older entries</Link>
        </p>
      ) : null}
    </>
  );
}

import { DateTime } from "@/components/admin/time";
import type { EntityRevision } from "@/lib/legislation/admin-queries";
import { ownValue } from "@/lib/lookup";

/** Every saved version of a record, newest first, as the audit log keeps them. */
export function EntityRevisions({ revisions, fields }: { revisions: readonly EntityRevision[]; fields: Record<string, string> }) {
  if (revisions.length === 0) return <p className="mt-3">No saved versions yet.</p>;
  return (
    <ol className="mt-3 max-w-3xl border-t border-rule">
      {revisions.map((revision, index) => (
        <li key={`${revision.at}-${index}`} className="border-b border-rule py-3">
          <p>
            <span className="font-bold">{revision.action.split(".").pop()}</span> <DateTime iso={revision.at} />
            {revision.by ? <> by {revision.by}</> : null}
          </p>
          {revision.after ? (
            <dl className="mt-1 text-sm">
              {Object.entries(fields).map(([name, label]) => {
                const value = revision.after ? ownValue(revision.after, name) : undefined;
                return value === null || value === undefined || value === "" ? null : (
                  <div key={name} className="flex flex-wrap gap-x-2">
                    <dt className="font-bold">{label}:</dt>
                    <dd className="break-words">{String(value)}</dd>
                  </div>
                );
              })}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

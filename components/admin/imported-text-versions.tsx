import Link from "next/link";

import { DateTime } from "@/components/admin/time";
import { Day } from "@/components/day";
import { textFormatLabel } from "@/lib/bill-text/format-labels";
import type { ImportedTextVersionRow } from "@/lib/bill-text/queries";


/** The versions of a bill's text imported so far, each linked to its public page once the bill is public. */
export function ImportedTextVersions({ versions, publicSlug }: { versions: readonly ImportedTextVersionRow[]; publicSlug: string | null }) {
  if (versions.length === 0) return <p className="mt-4">No version of this bill&rsquo;s text has been imported yet.</p>;
  return (
    <ul aria-label="Imported versions" className="mt-4 max-w-4xl divide-y divide-rule border-y border-rule">
      {versions.map((version) => (
        <li key={version.code} className="py-4">
          <p className="font-bold">
            {version.name} <span className="font-normal text-muted">({version.code})</span>
          </p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-muted">Date</dt>
            <dd>{version.versionDate ? <Day value={version.versionDate} /> : "not given"}</dd>
            <dt className="text-muted">Format</dt>
            <dd>{textFormatLabel(version.format)}</dd>
            <dt className="text-muted">Source</dt>
            <dd className="min-w-0 break-all">
              {version.sourceUrl ? (
                <a href={version.sourceUrl} rel="noopener">
                  {version.sourceUrl}
                </a>
              ) : (
                "not given"
              )}
            </dd>
            <dt className="text-muted">Imported</dt>
            <dd>
              <DateTime iso={version.importedAt} />
            </dd>
          </dl>
          {publicSlug ? (
            <p className="mt-2">
              <Link href={`/bills/${publicSlug}/text/${version.code}`}>
                Read {version.name} on the public site
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

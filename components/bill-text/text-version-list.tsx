import Link from "next/link";

import { Day } from "@/components/day";
import type { TextVersionSummary } from "@/lib/legislation/queries";

/** The imported versions of a bill's text, each linked to its reading page. */
export function TextVersionList({ slug, versions }: { slug: string; versions: readonly TextVersionSummary[] }) {
  return (
    <ol className="mt-3 space-y-2">
      {versions.map((version) => (
        <li key={version.code}>
          <Link href={`/bills/${slug}/text/${version.code}`}>{version.name}</Link>
          <span className="text-muted">
            {" "}
            ({version.code}){version.versionDate ? <>, <Day value={version.versionDate} /></> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

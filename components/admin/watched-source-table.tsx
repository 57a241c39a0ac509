import Link from "next/link";

import { DateTime } from "@/components/admin/time";
import { TableRegion, tdClass, thClass } from "@/components/admin/table-region";
import type { WatchedSourceRow } from "@/lib/source-watch/queries";

/** Each watched source and how its polls went: last success, last error, next poll. */
export function WatchedSourceTable({ sources }: { sources: readonly WatchedSourceRow[] }) {
  if (sources.length === 0) return <p className="mt-4">No official sources are watched.</p>;
  return (
    <TableRegion label="Table of watched sources">
      <table className="w-full min-w-[48rem] border-collapse text-left">
        <caption className="sr-only">Watched official sources and their last polls</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Bill
            </th>
            <th scope="col" className={thClass}>
              Source
            </th>
            <th scope="col" className={thClass}>
              Last success
            </th>
            <th scope="col" className={thClass}>
              Last error
            </th>
            <th scope="col" className={thClass}>
              Next poll
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td className={tdClass}>
                <Link href={`/admin/bills/${source.bill.id}`}>{source.bill.shortTitle}</Link>
              </td>
              <td className={tdClass}>
                {source.kindLabel}: <code>{source.identifier}</code>
              </td>
              <td className={tdClass}>{source.lastSuccessAt ? <DateTime iso={source.lastSuccessAt} /> : "Never"}</td>
              <td className={tdClass}>
                {source.lastError && source.lastErrorAt ? (
                  <>
                    <DateTime iso={source.lastErrorAt} />: {source.lastError}
                    {source.failures > 1 ? ` (${source.failures} failures in a row)` : null}
                  </>
                ) : (
                  "None"
                )}
              </td>
              <td className={tdClass}>{source.off ? `Not polled. ${source.off}` : <DateTime iso={source.nextPollAt} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

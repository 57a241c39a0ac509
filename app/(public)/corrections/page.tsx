import type { Metadata } from "next";
import Link from "next/link";

import { Day } from "@/components/day";
import { ChangeList } from "@/components/status-history";
import { formatIsoDay } from "@/lib/legislation/dates";
import { getCorrections } from "@/lib/legislation/public-cache";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Corrections",
  description: "Every correction and retraction of a bill's status history, newest first, with what changed.",
  alternates: { canonical: "/corrections" },
};

export default async function CorrectionsPage() {
  const corrections = await getCorrections();
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Corrections</h1>
      <p className="mt-4 max-w-2xl text-lg">
        When we get something wrong, we correct it in the open. Every correction and retraction of a status entry is
        listed here, newest first, with what changed. The original entry stays on the bill&rsquo;s page, marked.
      </p>

      {corrections.length === 0 ? (
        <p className="mt-8 text-lg">No corrections or retractions have been needed so far.</p>
      ) : (
        <ol className="mt-8">
          {corrections.map((entry) => (
            <li key={`${entry.kind}-${entry.event.id}`} className="border-t border-rule py-6">
              <p className="text-sm font-bold">
                {entry.kind === "correction" ? "Correction" : "Retraction"} recorded on{" "}
                <Day value={entry.recordedAt.slice(0, 10)} />
              </p>
              <h2 className="mt-1 text-xl font-bold">
                <Link href={`/bills/${entry.bill.slug}#event-${entry.event.id}`}>{entry.bill.shortTitle}</Link>:{" "}
                {entry.kind === "correction" && entry.corrects
                  ? `entry for ${formatIsoDay(entry.corrects.occurredOn)} corrected`
                  : `entry for ${formatIsoDay(entry.event.occurredOn)} retracted`}
              </h2>
              {entry.kind === "correction" && entry.corrects ? (
                <>
                  <p className="mt-2">
                    {entry.corrects.stageLabel}: {entry.corrects.description}
                  </p>
                  <h3 className="mt-3 font-bold">What changed</h3>
                  <ChangeList changes={entry.changes} />
                </>
              ) : (
                <>
                  <p className="mt-2">
                    {entry.event.stageLabel}: {entry.event.description}
                  </p>
                  <p className="mt-3">
                    <span className="font-bold">Reason: </span>
                    {entry.reason ?? "No reason was given."}
                  </p>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

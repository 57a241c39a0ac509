import { TextCitationNote } from "@/components/bill-text/text-citation-note";
import type { CitationNote } from "@/lib/bill-text/citations";
import { loadCitationNotes } from "@/lib/bill-text/citation-notes";
import type { HistoryEntry } from "@/lib/legislation/bill-view";
import { formatIsoDay } from "@/lib/legislation/dates";
import type { EventChange } from "@/lib/legislation/event-changes";

import { Day } from "./day";
import { SourceLink } from "./source-link";

// The status history, in the order given (the page chooses). Corrected and retracted entries stay, marked in words with
// what happened to them, because the record is append-only in meaning.

function recorded(iso: string): string {
  return formatIsoDay(iso.slice(0, 10));
}

/** What a correction changed, as "Date: 12 June 2025 → 26 June 2025". */
export function ChangeList({ changes }: { changes: readonly EventChange[] }) {
  if (changes.length === 0) return <p>The entry was recorded again with no change to its facts.</p>;
  return (
    <dl className="mt-1 space-y-1">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="inline font-bold">{change.field}: </dt>
          <dd className="inline break-words">
            <span className="sr-only">changed from </span>
            <del className="decoration-1">{change.from}</del>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> to </span>
            <ins className="no-underline">{change.to}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Who acted, whom it concerns, which provisions, which bill number: the step's particulars. */
function Particulars({ entry, chamber }: { entry: HistoryEntry; chamber: string | null }) {
  const rows = [
    { label: "Chamber", value: chamber },
    { label: "Bill", value: entry.billNumber },
    { label: "Who acted", value: entry.body },
    { label: "Concerning", value: entry.subject },
    { label: "Provisions", value: entry.provisions },
  ].filter((row): row is { label: string; value: string } => row.value !== null);
  if (rows.length === 0) return null;
  return (
    <dl className="mt-1 max-w-3xl text-sm break-words">
      {rows.map((row) => (
        <div key={row.label}>
          <dt className="inline font-bold">{row.label}: </dt>
          <dd className="inline">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Entry({
  entry,
  slug,
  chamberName,
  citation,
}: {
  entry: HistoryEntry;
  slug: string;
  chamberName: (code: string) => string;
  citation: CitationNote | null;
}) {
  const inactive = entry.status !== "effective";
  return (
    <li id={`event-${entry.id}`} className={`scroll-mt-4 border-t border-rule py-5 ${inactive ? "text-muted" : ""}`}>
      <h3 className="text-lg font-bold">
        <Day value={entry.occurredOn} />: {entry.stageLabel}
        {entry.status === "superseded" ? " (corrected)" : entry.status === "retracted" ? " (retracted)" : ""}
      </h3>
      {entry.attemptFailed ? (
        <p className="mt-1">
          <strong className="inline-block bg-notice-bg px-2 py-0.5 text-sm text-notice-fg">Attempt failed: nothing moved</strong>
        </p>
      ) : null}
      <Particulars entry={entry} chamber={entry.chamber ? chamberName(entry.chamber) : null} />
      <p className="mt-1 max-w-3xl break-words">{entry.description}</p>
      {citation ? <TextCitationNote note={citation} /> : null}
      {entry.relatedBill ? (
        <p className="mt-1">
          <span className="font-bold">The new bill: </span>
          <a href={`/bills/${entry.relatedBill.slug}`}>{entry.relatedBill.shortTitle}</a>
        </p>
      ) : null}
      {entry.vote ? <p className="mt-1">Vote: {entry.vote}</p> : null}
      <p className="mt-1 text-sm">
        <SourceLink url={entry.sourceUrl} kind={entry.sourceKind} />
        {entry.archiveUrl ? (
          <>
            {" · "}
            <a href={entry.archiveUrl} rel="noopener">
              Archived copy
            </a>
          </>
        ) : null}
      </p>
      {entry.note ? (
        <p className="mt-1 max-w-3xl text-sm break-words">
          <span className="font-bold">Editor&rsquo;s note: </span>
          {entry.note}
        </p>
      ) : null}
      {entry.correctedBy ? (
        <p className="mt-2 border-l-4 border-rule pl-3 text-ink">
          Corrected on {recorded(entry.correctedBy.recordedAt)}: this entry no longer counts.{" "}
          <a href={`/bills/${slug}#event-${entry.correctedBy.id}`}>See the correction</a>
        </p>
      ) : null}
      {entry.correction ? (
        <div className="mt-2 border-l-4 border-link pl-3">
          <p className="font-bold">
            Correction, recorded {recorded(entry.recordedAt)}, of{" "}
            <a href={`/bills/${slug}#event-${entry.correction.of.id}`}>the entry for {formatIsoDay(entry.correction.of.occurredOn)}</a>
          </p>
          <ChangeList changes={entry.correction.changes} />
        </div>
      ) : null}
      {entry.status === "retracted" && entry.retractedAt ? (
        <p className="mt-2 border-l-4 border-failed-fg pl-3 text-ink">
          <span className="font-bold">Retracted on {recorded(entry.retractedAt)}</span>
          {entry.retractionReason ? <>: {entry.retractionReason}</> : "."} This entry no longer counts towards the
          bill&rsquo;s stage.
        </p>
      ) : null}
    </li>
  );
}

export async function StatusHistory({
  history,
  slug,
  chamberName,
}: {
  history: readonly HistoryEntry[];
  slug: string;
  /** The chamber's name as readers know it, for this bill's legislature. */
  chamberName: (code: string) => string;
}) {
  const notes = await loadCitationNotes(slug, history);
  return (
    <ol className="mt-2">
      {history.map((entry) => (
        <Entry key={entry.id} entry={entry} slug={slug} chamberName={chamberName} citation={notes.get(entry.id) ?? null} />
      ))}
    </ol>
  );
}

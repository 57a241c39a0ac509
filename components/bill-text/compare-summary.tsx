import type { TextComparison } from "@/lib/bill-text/compare/compare";
import { changeWords, isChange, sectionAnchor, sectionTitle } from "@/lib/bill-text/compare/describe";
import { summaryWords } from "@/lib/bill-text/compare/summary-words";

import { ChangeKeys } from "./change-keys";

// The top of a redline: what changed in one sentence, and every change listed with a link to it.

/** Below this share of kept words, the versions are different texts rather than one amended. */
const DIFFERENT_TEXTS = 0.3;

export function CompareSummary({ comparison }: { comparison: TextComparison }) {
  const { summary } = comparison;
  const changes = comparison.sections.filter(isChange);
  return (
    <section aria-labelledby="summary-heading" className="mt-8">
      <h2 id="summary-heading" className="text-2xl font-bold">
        Summary
      </h2>
      <p className="mt-2 text-lg font-bold" data-testid="compare-summary">
        {summaryWords(summary)}.
      </p>
      <p className="mt-1 text-muted">
        {summary.wordsInserted} words inserted and {summary.wordsDeleted} deleted. A renumbered section or part whose words are kept is not counted as a change.
      </p>
      {summary.kept < DIFFERENT_TEXTS ? (
        <p className="mt-2 max-w-3xl border-l-4 border-notice-fg bg-notice-bg p-3 text-notice-fg">
          These versions share few words ({Math.round(summary.kept * 100)}% of the older one is kept): the newer reads as a new text, so its sections are shown as added and the older ones as removed, each in full.
        </p>
      ) : null}
      {comparison.timedOut ? (
        <p role="status" className="mt-2 max-w-3xl border-l-4 border-notice-fg bg-notice-bg p-3 text-notice-fg">
          The comparison stopped after {comparison.timeLimitMs / 1000} seconds, its limit. Sections are aligned, but some changed parts are shown as their whole old and new words.
        </p>
      ) : null}
      {changes.length ? (
        <>
          <h3 className="mt-6 text-xl font-bold">Changes</h3>
          <ChangeKeys />
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {changes.map((section, index) => (
              <li key={sectionAnchor(section)}>
                <a href={`#change-${index + 1}`}>{sectionTitle(section.to ?? section.from!)}</a>: {changeWords(section).toLowerCase()}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

import type { ComparisonSummary } from "./compare";

// The one-line summary a redline opens with, an alert carries and a feed entry shows:
// "3 sections changed, 1 added, 1 removed, 2 renumbered".

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function summaryWords(summary: ComparisonSummary): string {
  const changes = [
    summary.changed ? `${plural(summary.changed, "section", "sections")} changed` : null,
    summary.added ? `${summary.added} added` : null,
    summary.removed ? `${summary.removed} removed` : null,
    summary.moved ? `${summary.moved} moved` : null,
  ].filter((part): part is string => part !== null);
  // The first count names its noun ("1 section added"); the ones after it lean on it.
  if (changes.length > 0 && !summary.changed) changes[0] = changes[0]!.replace(/^(\d+) /, (_, count: string) => `${plural(Number(count), "section", "sections")} `);
  const renumbered = summary.renumbered ? `${summary.renumbered} renumbered` : null;
  if (changes.length === 0) return renumbered ? `No words changed; ${plural(summary.renumbered, "section", "sections")} renumbered` : "No changes";
  return [...changes, renumbered].filter(Boolean).join(", ");
}

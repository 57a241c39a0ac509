import type { TextTree } from "../tree";

import { alignSections } from "./align-sections";
import { diffBlocks, diffPassage, type BlockChange, type DiffBudget, type WordRun } from "./section-diff";
import { unitsOf, type Block, type Unit } from "./units";

// A redline of two versions: sections aligned first (added, removed, moved, renumbered), then
// the words inside each changed one. The result is plain data, so pages, the API and the cache
// share it.

export interface SectionRef {
  id: string;
  /** "section", or the kind of a schedule's numbered part ("paragraph"). */
  kind: Unit["kind"];
  enum: string | null;
  heading: string | null;
  /** The divisions it sits in ("Title I"), outermost first. */
  within: string[];
}

export type SectionOp = "unchanged" | "changed" | "added" | "removed";

export interface SectionChange {
  op: SectionOp;
  /** Kept words under a new number: shown, but not a change. */
  renumbered: boolean;
  moved: boolean;
  /** For a moved section, the number of the section it followed in the older version (null: it was first). */
  movedFromAfter?: string | null;
  from: SectionRef | null;
  to: SectionRef | null;
  /** When the heading was reworded: the words from the old heading to the new. */
  headingWords?: WordRun[];
  blocks: BlockChange[];
}

export interface ComparisonSummary {
  changed: number;
  added: number;
  removed: number;
  moved: number;
  renumbered: number;
  unchanged: number;
  wordsInserted: number;
  wordsDeleted: number;
  /** Share of the older version's words kept in the newer, 0 to 1. */
  kept: number;
}

export interface TextComparison {
  sections: SectionChange[];
  summary: ComparisonSummary;
  /** The time limit ran out: the parts left are shown as whole old and new text. */
  timedOut: boolean;
  timeLimitMs: number;
}

/** A diff of a very large, very different pair stops here; the page says so. */
export const DEFAULT_TIME_LIMIT_MS = 3000;

const sectionRef = (unit: Unit): SectionRef => ({ id: unit.id, kind: unit.kind, enum: unit.enum, heading: unit.heading, within: unit.within });

const wholeBlocks = (blocks: readonly Block[], op: "added" | "removed"): BlockChange[] =>
  blocks.map((block) => ({
    op,
    depth: block.depth,
    from: op === "removed" ? { id: block.id, enum: block.enum } : null,
    to: op === "added" ? { id: block.id, enum: block.enum } : null,
    words: [{ op: op === "added" ? "ins" : "del", text: block.body }],
  }));

const countWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function summarise(sections: readonly SectionChange[], oldWords: number): ComparisonSummary {
  const summary: ComparisonSummary = { changed: 0, added: 0, removed: 0, moved: 0, renumbered: 0, unchanged: 0, wordsInserted: 0, wordsDeleted: 0, kept: 1 };
  for (const section of sections) {
    if (section.op === "unchanged" && !section.moved) summary.unchanged++;
    if (section.op === "changed") summary.changed++;
    if (section.op === "added") summary.added++;
    if (section.op === "removed") summary.removed++;
    if (section.moved) summary.moved++;
    if (section.renumbered) summary.renumbered++;
    for (const runs of [...section.blocks.map((block) => block.words), section.headingWords ?? []]) {
      for (const run of runs) {
        if (run.op === "ins") summary.wordsInserted += countWords(run.text);
        if (run.op === "del") summary.wordsDeleted += countWords(run.text);
      }
    }
  }
  summary.kept = oldWords === 0 ? 1 : Math.max(0, (oldWords - summary.wordsDeleted) / oldWords);
  return summary;
}

/** Compare two versions' trees. Deterministic for the same two trees and time limit, unless the limit is reached. */
export function compareTexts(fromTree: TextTree, toTree: TextTree, timeLimitMs = DEFAULT_TIME_LIMIT_MS): TextComparison {
  const budget: DiffBudget = { deadline: Date.now() + timeLimitMs, timedOut: false };
  const from = unitsOf(fromTree);
  const to = unitsOf(toTree);
  const pairs = alignSections(from, to);
  const pairOfTo = new Map(pairs.map((pair) => [pair.to, pair]));
  const matchedFrom = new Set(pairs.map((pair) => pair.from));

  // Removed sections go where they stood: after the section that preceded them in the older version.
  const removedAfter = new Map<number, number[]>();
  let lastKept = -1;
  const toIndexOfFrom = new Map(pairs.map((pair) => [pair.from, pair.to]));
  from.forEach((_, index) => {
    if (matchedFrom.has(index)) {
      lastKept = toIndexOfFrom.get(index)!;
      return;
    }
    removedAfter.set(lastKept, [...(removedAfter.get(lastKept) ?? []), index]);
  });

  const sections: SectionChange[] = [];
  const pushRemoved = (after: number) => {
    for (const index of removedAfter.get(after) ?? []) {
      sections.push({ op: "removed", renumbered: false, moved: false, from: sectionRef(from[index]!), to: null, blocks: wholeBlocks(from[index]!.blocks, "removed") });
    }
  };
  pushRemoved(-1);
  to.forEach((unit, toIndex) => {
    const pair = pairOfTo.get(toIndex);
    if (!pair) {
      sections.push({ op: "added", renumbered: false, moved: false, from: null, to: sectionRef(unit), blocks: wholeBlocks(unit.blocks, "added") });
    } else {
      const old = from[pair.from]!;
      const same = old.key === unit.key;
      const blocks = diffBlocks(old.blocks, unit.blocks, budget);
      const headingChanged = (old.heading ?? "") !== (unit.heading ?? "");
      const headingWords = headingChanged ? (diffPassage(old.heading ?? "", unit.heading ?? "", budget) ?? [{ op: "del" as const, text: old.heading ?? "" }, { op: "ins" as const, text: unit.heading ?? "" }]) : null;
      sections.push({
        op: same && blocks.every((block) => block.op === "same" || block.op === "renumbered") ? "unchanged" : "changed",
        renumbered: (old.enum ?? "") !== (unit.enum ?? ""),
        moved: pair.moved,
        ...(pair.moved ? { movedFromAfter: pair.from === 0 ? null : (from[pair.from - 1]!.enum ?? null) } : {}),
        from: sectionRef(old),
        to: sectionRef(unit),
        ...(headingWords ? { headingWords } : {}),
        blocks,
      });
    }
    pushRemoved(toIndex);
  });

  const oldWords = from.reduce((total, unit) => total + countWords(unit.key), 0);
  return { sections, summary: summarise(sections, oldWords), timedOut: budget.timedOut, timeLimitMs };
}

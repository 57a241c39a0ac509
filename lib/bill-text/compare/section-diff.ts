import { diffArrays, diffWords } from "diff";

import { similarity, wordBag } from "./similarity";
import { normalise, type Block } from "./units";

// Inside one section: its parts aligned in order (a part whose words are kept but whose number
// changed is renumbered, not changed), then the words of each changed part diffed.

export type WordOp = "same" | "ins" | "del";
export interface WordRun {
  op: WordOp;
  text: string;
}

export type BlockOp = "same" | "renumbered" | "changed" | "added" | "removed";

export interface PartRef {
  id: string;
  enum: string | null;
}

export interface BlockChange {
  op: BlockOp;
  depth: number;
  from: PartRef | null;
  to: PartRef | null;
  words: WordRun[];
}

// Words as Unicode segments them, so "1,000,000" and "2258A" are single words, not digits and commas.
const segmenter = new Intl.Segmenter("en", { granularity: "word" });

/** A changed part whose words are less alike than this is shown as one removed and one added. */
const PAIR_THRESHOLD = 0.35;

export interface DiffBudget {
  /** Epoch milliseconds after which no more words are diffed. */
  deadline: number;
  timedOut: boolean;
}

const ref = (block: Block): PartRef => ({ id: block.id, enum: block.enum });

function whole(block: Block, op: "added" | "removed"): BlockChange {
  return {
    op,
    depth: block.depth,
    from: op === "removed" ? ref(block) : null,
    to: op === "added" ? ref(block) : null,
    words: [{ op: op === "added" ? "ins" : "del", text: block.body }],
  };
}

/** The word runs from one passage to another, or null when the time limit ran out first. */
export function diffPassage(from: string, to: string, budget: DiffBudget): WordRun[] | null {
  const remaining = budget.deadline - Date.now();
  const runs = remaining > 0 ? diffWords(from, to, { timeout: remaining, intlSegmenter: segmenter }) : undefined;
  if (!runs) {
    budget.timedOut = true;
    return null;
  }
  return runs.map((run) => ({ op: run.added ? "ins" : run.removed ? "del" : "same", text: run.value }));
}

function wordDiff(from: Block, to: Block, budget: DiffBudget): BlockChange {
  const base = { op: "changed" as const, depth: to.depth, from: ref(from), to: ref(to) };
  const words = diffPassage(from.body, to.body, budget);
  return { ...base, words: words ?? [{ op: "del", text: from.body }, { op: "ins", text: to.body }] };
}

/** Pair the parts of a replaced run in order, maximising how alike the pairs are. */
function pairRun(removed: readonly Block[], added: readonly Block[], budget: DiffBudget): BlockChange[] {
  const bags = { removed: removed.map((block) => wordBag(normalise(block.body))), added: added.map((block) => wordBag(normalise(block.body))) };
  const rows = removed.length + 1;
  const columns = added.length + 1;
  const best = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  const score = (i: number, j: number) => {
    const value = similarity(bags.removed[i]!, bags.added[j]!);
    return value >= PAIR_THRESHOLD ? value : -Infinity;
  };
  for (let i = removed.length - 1; i >= 0; i--) {
    for (let j = added.length - 1; j >= 0; j--) {
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, score(i, j) + best[i + 1]![j + 1]!);
    }
  }
  const out: BlockChange[] = [];
  let i = 0;
  let j = 0;
  while (i < removed.length && j < added.length) {
    if (best[i]![j] === score(i, j) + best[i + 1]![j + 1]!) out.push(wordDiff(removed[i++]!, added[j++]!, budget));
    else if (best[i]![j] === best[i + 1]![j]) out.push(whole(removed[i++]!, "removed"));
    else out.push(whole(added[j++]!, "added"));
  }
  while (i < removed.length) out.push(whole(removed[i++]!, "removed"));
  while (j < added.length) out.push(whole(added[j++]!, "added"));
  return out;
}

export function diffBlocks(from: readonly Block[], to: readonly Block[], budget: DiffBudget): BlockChange[] {
  const runs = diffArrays([...from], [...to], { comparator: (a, b) => normalise(a.body) === normalise(b.body) });
  const out: BlockChange[] = [];
  let pending: { removed: Block[]; added: Block[] } = { removed: [], added: [] };
  const flush = () => {
    if (pending.removed.length || pending.added.length) out.push(...pairRun(pending.removed, pending.added, budget));
    pending = { removed: [], added: [] };
  };
  let fromIndex = 0;
  let toIndex = 0;
  for (const run of runs) {
    if (run.removed) {
      pending.removed.push(...run.value);
      fromIndex += run.count;
    } else if (run.added) {
      pending.added.push(...run.value);
      toIndex += run.count;
    } else {
      flush();
      for (let offset = 0; offset < run.count; offset++) {
        const old = from[fromIndex + offset]!;
        const kept = to[toIndex + offset]!;
        const renumbered = (old.enum ?? "") !== (kept.enum ?? "");
        out.push({ op: renumbered ? "renumbered" : "same", depth: kept.depth, from: ref(old), to: ref(kept), words: [{ op: "same", text: kept.body }] });
      }
      fromIndex += run.count;
      toIndex += run.count;
    }
  }
  flush();
  return out;
}

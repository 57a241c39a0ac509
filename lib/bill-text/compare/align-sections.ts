import { similarity, wordBag, type WordBag } from "./similarity";
import { normalise, type Unit } from "./units";

// Which section of one version became which of the other. Sections are matched by their words,
// never by their numbers: inserting a section renumbers every one after it, and a renumbered
// section must read as the same section. Moves are pairs that leave the order of the rest.

export interface SectionPair {
  from: number;
  to: number;
  /** The section left its place among the others (it is not on the longest run kept in order). */
  moved: boolean;
}

/** A section whose words are less than half the same as any other's is added or removed, not changed. */
const MATCH_THRESHOLD = 0.5;
/** A matching heading counts for this much on top of the words. */
const HEADING_BONUS = 0.15;
/** How far from its expected place, in sections, a section is looked for when its heading changed. */
const SEARCH_WINDOW = 40;

function lisMembers(values: readonly number[]): Set<number> {
  // Patience sorting: indices (into `values`) of one longest strictly increasing subsequence.
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let index = 0; index < values.length; index++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < values[index]!) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  }
  const members = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) members.add(index);
  return members;
}

export function alignSections(from: readonly Unit[], to: readonly Unit[]): SectionPair[] {
  const fromTaken = new Array<boolean>(from.length).fill(false);
  const toTaken = new Array<boolean>(to.length).fill(false);
  const matches: { from: number; to: number }[] = [];

  // Identical words first: the common case, and unambiguous.
  const byKey = new Map<string, number[]>();
  from.forEach((unit, index) => byKey.set(unit.key, [...(byKey.get(unit.key) ?? []), index]));
  to.forEach((unit, index) => {
    const candidates = byKey.get(unit.key);
    const found = candidates?.find((candidate) => !fromTaken[candidate]);
    if (found === undefined) return;
    fromTaken[found] = true;
    toTaken[index] = true;
    matches.push({ from: found, to: index });
  });

  // Then the most similar remaining pairs, best first.
  const bags = new Map<Unit, WordBag>();
  const bagOf = (unit: Unit) => bags.get(unit) ?? bags.set(unit, wordBag(unit.key)).get(unit)!;
  const candidates: { from: number; to: number; score: number }[] = [];
  to.forEach((target, toIndex) => {
    if (toTaken[toIndex]) return;
    const expected = Math.round((toIndex * from.length) / Math.max(to.length, 1));
    const heading = normalise(target.heading ?? "");
    from.forEach((source, fromIndex) => {
      if (fromTaken[fromIndex]) return;
      const sameHeading = heading !== "" && normalise(source.heading ?? "") === heading;
      if (!sameHeading && Math.abs(fromIndex - expected) > SEARCH_WINDOW) return;
      const score = similarity(bagOf(source), bagOf(target)) + (sameHeading ? HEADING_BONUS : 0);
      if (score >= MATCH_THRESHOLD) candidates.push({ from: fromIndex, to: toIndex, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.to - b.to);
  for (const candidate of candidates) {
    if (fromTaken[candidate.from] || toTaken[candidate.to]) continue;
    fromTaken[candidate.from] = true;
    toTaken[candidate.to] = true;
    matches.push({ from: candidate.from, to: candidate.to });
  }

  matches.sort((a, b) => a.to - b.to);
  const inOrder = lisMembers(matches.map((match) => match.from));
  return matches.map((match, index) => ({ ...match, moved: !inOrder.has(index) }));
}

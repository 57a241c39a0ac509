// How much two passages share, from 0 (nothing) to 1 (the same words): the Dice coefficient of
// their word multisets. Order is ignored on purpose: it decides which section became which
// before the word diff, which then shows the order.

export type WordBag = ReadonlyMap<string, number>;

export function wordBag(normalised: string): WordBag {
  const bag = new Map<string, number>();
  for (const word of normalised.match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function size(bag: WordBag): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}

export function similarity(a: WordBag, b: WordBag): number {
  const total = size(a) + size(b);
  if (total === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return (2 * shared) / total;
}

// How much two passages share, from 0 (nothing) to 1 (the same words): the Dice coefficient of
// their multisets of word pairs. Pairs rather than single words, because legal drafting reuses
// one vocabulary everywhere ("shall", "the Commission", "covered platform"): two unrelated
// sections share many words but few pairs. Decides which section became which before the word
// diff, which then shows the order.

export type WordBag = ReadonlyMap<string, number>;

export function wordBag(normalised: string): WordBag {
  const bag = new Map<string, number>();
  const words = normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
  // A passage of one word has no pairs: the word stands for itself.
  const grams = words.length < 2 ? words : words.slice(1).map((word, index) => `${words[index]} ${word}`);
  for (const gram of grams) bag.set(gram, (bag.get(gram) ?? 0) + 1);
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

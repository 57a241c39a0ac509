import type { TextNode, TextNodeKind } from "../tree";

import { textOf, type XmlElement } from "./xml";

// What the two UK readers share. UK markup names its levels by their place rather than their
// kind (Lawmaker's `<level class="para1">`, CLML's `<P3>`), and a schedule's paragraph sits
// where a section would, so a part's kind is the one below its parent's, never above the
// least its own markup allows.

const order: readonly TextNodeKind[] = ["section", "subsection", "paragraph", "subparagraph", "clause", "subclause", "item", "subitem"];

/** The kind of a part under `parent` (null at the top of a schedule or quoted block), at least `least`. */
export function kindBelow(parent: TextNodeKind | null, least: TextNodeKind): TextNodeKind {
  const below = parent ? Math.min(order.indexOf(parent) + 1, order.length - 1) : 0;
  return order[Math.max(below, order.indexOf(least))] ?? least;
}

/** "Part 2" → "2", "SCHEDULE 1" → "1", "Schedule" → "": divisions print their label, the tree keeps the number. */
export function divisionNumber(printed: string): string {
  return printed.replace(/^\s*(part|chapter|schedule)\b\.?\s*/i, "").trim();
}

/** Counts divisions of each label in one parent, so its second cross-heading is `xhdg-2` however many parts come before. */
export function ordinalCounter(): (label: string) => number {
  const seen = new Map<string, number>();
  return (label) => {
    const next = (seen.get(label) ?? 0) + 1;
    seen.set(label, next);
    return next;
  };
}

/** `prefix-segment`, or `segment` at the top. */
export function joinPath(prefix: string, segment: string): string {
  return prefix ? `${prefix}-${segment}` : segment;
}

/** Whether a tree has a section anywhere, schedules and parts included. */
export function hasSection(nodes: readonly TextNode[]): boolean {
  return nodes.some((node) => node.kind === "section" || hasSection(node.children));
}

/** A part's words in document order, with each block of quoted law (a `<quotedStructure>`, a `<BlockAmendment>`) left whole where it stands. */
export type Token = string | XmlElement;

/** The words among the tokens, whitespace collapsed. */
export function wordsOf(parts: readonly Token[]): string {
  return textOf({ name: "words", attrs: {}, children: parts.filter((part): part is string => typeof part === "string") });
}

/** The words before the first quoted block, and each block with the words that follow it (the "." after its closing quote). */
export function splitAtQuoted(parts: readonly Token[]): { before: string; quoted: { element: XmlElement; after: string }[] } {
  const first = parts.findIndex((part) => typeof part !== "string");
  if (first === -1) return { before: wordsOf(parts), quoted: [] };
  const quoted: { element: XmlElement; after: string }[] = [];
  let current: XmlElement | null = null;
  let following: Token[] = [];
  for (const part of parts.slice(first)) {
    if (typeof part === "string") following.push(part);
    else {
      if (current) quoted.push({ element: current, after: wordsOf(following) });
      current = part;
      following = [];
    }
  }
  if (current) quoted.push({ element: current, after: wordsOf(following) });
  return { before: wordsOf(parts.slice(0, first)), quoted };
}

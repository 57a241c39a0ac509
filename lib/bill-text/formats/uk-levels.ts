import type { TextNode, TextNodeKind } from "../tree";

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

/** `prefix-segment`, or `segment` at the top. */
export function joinPath(prefix: string, segment: string): string {
  return prefix ? `${prefix}-${segment}` : segment;
}

/** Whether a tree has a section anywhere, schedules and parts included. */
export function hasSection(nodes: readonly TextNode[]): boolean {
  return nodes.some((node) => node.kind === "section" || hasSection(node.children));
}

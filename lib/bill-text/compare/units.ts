import { foldClosingPunctuation, type TextNode, type TextTree } from "../tree";

// What a comparison aligns: a version's sections in order, each cut into blocks, one per part
// (the section's own words, each subsection, paragraph, quoted part and the words after them).
// A block's number is kept apart from its words, so "(b)" becoming "(c)" is seen as a
// renumbering and not as changed words.

export interface Block {
  /** The part's citation path in its version, for links to its anchor. */
  id: string;
  /** Nesting below the section, for indentation. */
  depth: number;
  enum: string | null;
  /** Heading and words, as one line: what the word diff compares. */
  body: string;
}

export interface Unit {
  id: string;
  kind: TextNode["kind"];
  enum: string | null;
  heading: string | null;
  /** The divisions the section sits in, as printed ("Title I"), outermost first. */
  within: string[];
  blocks: Block[];
  /** All the words of the section without its numbers, lower-cased: what alignment compares. */
  key: string;
}

function bodyOf(node: TextNode): string {
  const heading = node.heading ? (node.kind === "section" ? node.heading : `${node.heading}.—`) : "";
  return [heading, node.text].filter(Boolean).join(" ");
}

function blocksOf(node: TextNode, depth: number, out: Block[]): void {
  const body = bodyOf(node);
  if (body) out.push({ id: node.id, depth, enum: node.enum, body });
  const childDepth = node.kind === "quoted-block" ? depth : depth + 1;
  for (const child of node.children) blocksOf(child, childDepth, out);
  if (node.after) out.push({ id: `${node.id}-after`, depth, enum: null, body: node.after });
}

function divisionName(node: TextNode): string {
  const label = (node.label ?? "division").replace(/^./, (first) => first.toUpperCase());
  return [label, node.enum].filter(Boolean).join(" ");
}

/** The sections of a version in document order, wherever divisions put them. */
export function unitsOf(tree: TextTree): Unit[] {
  const units: Unit[] = [];
  const visit = (nodes: readonly TextNode[], within: string[]) => {
    for (const node of nodes) {
      if (node.kind === "division") {
        visit(node.children, [...within, divisionName(node)]);
        continue;
      }
      // The section's own number and heading are the unit's (its heading on the page); its first block is its words alone.
      const blocks: Block[] = node.text ? [{ id: node.id, depth: 0, enum: null, body: node.text }] : [];
      for (const child of node.children.map(foldClosingPunctuation)) blocksOf(child, 1, blocks);
      if (node.after) blocks.push({ id: `${node.id}-after`, depth: 0, enum: null, body: node.after });
      units.push({
        id: node.id,
        kind: node.kind,
        enum: node.enum,
        heading: node.heading,
        within,
        blocks,
        key: normalise([node.heading ?? "", ...blocks.map((block) => block.body)].join(" ")),
      });
    }
  };
  visit(tree.body, []);
  return units;
}

export function normalise(words: string): string {
  return words.toLowerCase().replace(/\s+/g, " ").trim();
}

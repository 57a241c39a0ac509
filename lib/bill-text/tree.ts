// The one shape every format's parser produces: a bill's text as a tree of its divisions,
// sections and their parts, each with a stable id named by its citation path (`sec-3-a-1`).
// Pages, anchors and (later) comparisons read only this, never the file as it came.

export type TextNodeKind =
  | "division"
  | "section"
  | "subsection"
  | "paragraph"
  | "subparagraph"
  | "clause"
  | "subclause"
  | "item"
  | "subitem"
  | "quoted-block";

export interface TextNode {
  /** Citation path, unique in the version: `sec-3`, `sec-3-a`, `title-I`; a quoted block's parts sit under its own id. */
  id: string;
  kind: TextNodeKind;
  /** For a division, what kind it is ("title", "subtitle", "part", "chapter"). */
  label?: string;
  /** The number as printed ("3.", "(a)"), or null when the part has none. */
  enum: string | null;
  heading: string | null;
  /** The words that open the part, before its children. */
  text: string;
  children: TextNode[];
  /** Words that follow the children ("and the amendment made by this section…", the `.` after a quoted block). */
  after?: string;
}

export interface TextTree {
  /** The official title as the file gives it, or null. */
  title: string | null;
  /** True when the tree was recovered from HTML rather than read from an official structured format. */
  extractedFromHtml: boolean;
  body: TextNode[];
}

/** What a parser reports when a file cannot be imported; the message says what to do. */
export class TextParseError extends Error {}

/** "(a)" → "a", "Sec. 3." → "3", "101." → "101": the part of an enum a citation path uses. */
export function enumSegment(printed: string): string {
  return printed
    .trim()
    .replace(/^sec(tion)?\.?\s*/i, "")
    .replace(/^(title|subtitle|part|chapter|division)\s+/i, "")
    .replace(/[^A-Za-z0-9.-]/g, "")
    .replace(/\.+$/, "")
    .replaceAll(".", "-");
}

/** Hands out ids in one version: a second part with the same path (a typo in the file) gets `_2`. */
export function idAllocator(): (wanted: string) => string {
  const used = new Map<string, number>();
  return (wanted) => {
    const seen = used.get(wanted) ?? 0;
    used.set(wanted, seen + 1);
    return seen === 0 ? wanted : `${wanted}_${seen + 1}`;
  };
}

/** Every node in document order, for tables of contents and counts. */
export function* walk(nodes: readonly TextNode[]): Generator<TextNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/**
 * A quoted block's closing punctuation (the "." of `…reported.".`) joined to its last line, as
 * printed bills show it, instead of standing alone on a line of its own.
 */
export function foldClosingPunctuation(node: TextNode): TextNode {
  const children = node.children.map(foldClosingPunctuation);
  if (node.kind !== "quoted-block" || !node.after || /[\p{L}\p{N}]/u.test(node.after) || children.length === 0) return { ...node, children };
  const appendToLast = (nodes: readonly TextNode[]): TextNode[] => {
    const last = nodes.at(-1)!;
    const closed: TextNode =
      last.after !== undefined ? { ...last, after: `${last.after}${node.after}` } : last.children.length ? { ...last, children: appendToLast(last.children) } : { ...last, text: `${last.text}”${node.after}` };
    return [...nodes.slice(0, -1), closed];
  };
  const { after: _after, ...rest } = node;
  return { ...rest, children: appendToLast(children) };
}

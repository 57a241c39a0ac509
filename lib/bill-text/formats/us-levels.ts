import type { TextNodeKind } from "../tree";

// The levels of US legislative text, named alike in the bill DTD and in USLM: each is a part of
// the tree with its own citation path, and the divisions above sections group them.

export const levels: Readonly<Record<string, TextNodeKind>> = {
  section: "section",
  subsection: "subsection",
  paragraph: "paragraph",
  subparagraph: "subparagraph",
  clause: "clause",
  subclause: "subclause",
  item: "item",
  subitem: "subitem",
};

export const divisions: ReadonlySet<string> = new Set(["division", "subdivision", "title", "subtitle", "part", "subpart", "chapter", "subchapter"]);

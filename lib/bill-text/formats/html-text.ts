import { DomUtils, parseDocument } from "htmlparser2";

import { enumSegment, idAllocator, TextParseError, type TextNode, type TextNodeKind, type TextTree } from "../tree";

// The fallback for a version published only as HTML: GPO's "formatted text" (BILLS-…htm, the
// bill as plain text in a <pre>) or any page whose text reads the same way. Only the words are
// taken, never the markup. The structure is guessed from the text, as GPO prints it: a line
// "SEC. 3. HEADING." starts a section; a line opening with an enum ("(a)", "(1)", "(A)", "(i)")
// starts a part, nested by its indentation. Pages say the text was extracted from HTML.

const SECTION_LINE = /^\s*(?:SECTION|SEC\.)\s+(\d+[A-Za-z]*)\.\s*(.*)$/;
const PART_LINE = /^(\s*)\(([A-Za-z0-9]+)\)\s*(.*)$/;
const ROMAN = /^[ivxl]+$/;

interface Open {
  node: TextNode;
  indent: number;
}

/** The kind a part's enum makes it, by GPO's numbering: (a) subsection, (1) paragraph, (A) subparagraph, (i) clause, (I) subclause. */
function kindOf(label: string, parent: TextNode): TextNodeKind {
  if (ROMAN.test(label) && (parent.kind === "subparagraph" || parent.kind === "clause")) return "clause";
  if (ROMAN.test(label.toLowerCase()) && label === label.toUpperCase() && parent.kind === "clause") return "subclause";
  if (/^\d+$/.test(label)) return "paragraph";
  if (/^[A-Z]+$/.test(label)) return "subparagraph";
  return "subsection";
}

/** "In General.--The words" → heading "In General", text "The words". */
function headingAndText(rest: string): { heading: string | null; text: string } {
  const split = /^([^.]{1,120})\.--\s*(.*)$/.exec(rest);
  return split ? { heading: split[1]?.trim() ?? null, text: split[2] ?? "" } : { heading: null, text: rest };
}

function append(node: TextNode, words: string) {
  const trimmed = words.trim();
  if (!trimmed) return;
  node.text = node.text ? `${node.text} ${trimmed}` : trimmed;
}

/** The text of an HTML page: its <pre> when it has one (GPO's formatted text), else its body. */
function pageText(raw: string): string {
  const document = parseDocument(raw);
  const pre = DomUtils.findOne((element) => element.name === "pre", document.children);
  const body = DomUtils.findOne((element) => element.name === "body", document.children);
  const from = pre ?? body;
  if (!from) throw new TextParseError("The HTML page has no body: there is no text in it to import.");
  if (pre) return DomUtils.textContent(pre);
  // Outside a <pre>, block elements end lines.
  return DomUtils.getChildren(from)
    .map((child) => DomUtils.textContent(child))
    .join("\n");
}

/** Read an HTML page into the section tree; a TextParseError says why a page cannot be. */
export function parseHtmlText(raw: string): TextTree {
  const lines = pageText(raw).replace(/\r\n?/g, "\n").split("\n");
  const allocate = idAllocator();
  const body: TextNode[] = [];
  let stack: Open[] = [];

  for (const line of lines) {
    // GPO's formatted text ends with this marker; it is not the bill's.
    if (line.trim() === "<all>") continue;
    const section = SECTION_LINE.exec(line);
    if (section) {
      const [, number = "", rest = ""] = section;
      const node: TextNode = { id: allocate(`sec-${enumSegment(number)}`), kind: "section", enum: `${number}.`, heading: rest.replace(/\.$/, "").trim() || null, text: "", children: [] };
      body.push(node);
      stack = [{ node, indent: -1 }];
      continue;
    }
    const top = stack.at(-1);
    // Before the first section: the heading matter (congress, sponsor, long title), not the bill's text.
    if (!top) continue;
    const part = PART_LINE.exec(line);
    if (part) {
      const [, spaces = "", label = "", rest = ""] = part;
      const indent = spaces.length;
      while (stack.length > 1 && (stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
      // The section is always at the bottom of the stack.
      const parent = stack.at(-1)!.node;
      const { heading, text } = headingAndText(rest);
      const node: TextNode = { id: allocate(`${parent.id}-${enumSegment(label)}`), kind: kindOf(label, parent), enum: `(${label})`, heading, text: text.trim(), children: [] };
      parent.children.push(node);
      stack.push({ node, indent });
      continue;
    }
    append(top.node, line);
  }

  if (body.length === 0) {
    throw new TextParseError("No section was found in the HTML page (no line starting “SEC. 1.”). Import the bill's XML file if there is one; nothing was imported.");
  }
  // The long title is not told apart from the heading matter in plain text, so none is claimed.
  return { title: null, extractedFromHtml: true, body };
}

/** Whether a file is an HTML page rather than XML. */
export function looksLikeHtml(raw: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(raw.replace(/^\uFEFF/, ""));
}

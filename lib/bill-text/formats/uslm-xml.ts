import { ownValue } from "@/lib/lookup";

import { enumSegment, idAllocator, TextParseError, type TextNode, type TextTree } from "../tree";

import { divisions, levels } from "./us-levels";
import { elements, firstElement, parseXml, textOf, type XmlChild, type XmlElement } from "./xml";

// USLM, GPO's United States Legislative Markup (usgpo/uslm, the USLM User Guide), in which
// govinfo publishes enrolled bills and public laws: a root in the USLM namespace (`<bill>`,
// `<pLaw>`, `<lawDoc>`…), its `<main>`, and levels with `<num value="…">`, `<heading>`,
// `<chapeau>`, `<content>` and `<continuation>`. An amendment's new words are a
// `<quotedContent>` inside a `<content>`; they become a quoted block, as in bill XML.

const USLM_NAMESPACE = "http://schemas.gpo.gov/xml/uslm";

export interface UslmXml {
  tree: TextTree;
  /** The file's own `<docStage>` ("ENR"), when it has one. */
  docStage: string | null;
}

/** Whether the root element is in the USLM namespace (any version: uslm/1.0, uslm/2.0). */
export function isUslm(root: XmlElement): boolean {
  return (ownValue(root.attrs, "xmlns") ?? "").startsWith(USLM_NAMESPACE);
}

interface Scope {
  prefix: string;
  allocate: (wanted: string) => string;
}

function isLevel(element: XmlElement): boolean {
  return Object.hasOwn(levels, element.name) || divisions.has(element.name);
}

/** The words of a `<content>`, split at its quoted content: what comes before, the blocks, and what follows. */
function splitContent(content: XmlElement | undefined): { before: string; quoted: XmlElement[]; after: string } {
  if (!content) return { before: "", quoted: [], after: "" };
  const before: XmlChild[] = [];
  const after: XmlChild[] = [];
  const quoted: XmlElement[] = [];
  for (const child of content.children) {
    if (typeof child !== "string" && child.name === "quotedContent") quoted.push(child);
    else (quoted.length ? after : before).push(child);
  }
  const words = (children: XmlChild[]) => textOf({ name: "content", attrs: {}, children });
  return { before: words(before), quoted, after: words(after) };
}

function pathFor(element: XmlElement, scope: Scope, index: number): string {
  const num = firstElement(element, "num");
  const segment = enumSegment(ownValue(num?.attrs ?? {}, "value") ?? textOf(num)) || `${element.name}${index + 1}`;
  const joined = scope.prefix ? `${scope.prefix}-` : "";
  if (element.name === "section") return `${joined}sec-${segment}`;
  if (divisions.has(element.name)) return `${joined}${element.name}-${segment}`;
  return `${joined}${segment}`;
}

function quotedBlock(element: XmlElement, scope: Scope, ordinal: number, after: string): TextNode {
  const id = scope.allocate(`${scope.prefix ? `${scope.prefix}-` : ""}quoted-${ordinal}`);
  return {
    id,
    kind: "quoted-block",
    enum: null,
    heading: null,
    text: "",
    children: readLevels(element, { prefix: id, allocate: scope.allocate }),
    ...(after ? { after } : {}),
  };
}

function readLevels(element: XmlElement, scope: Scope): TextNode[] {
  return elements(element)
    .filter(isLevel)
    .map((child, index) => readLevel(child, scope, index));
}

function readLevel(element: XmlElement, scope: Scope, index: number): TextNode {
  const id = scope.allocate(pathFor(element, scope, index));
  const isDivision = divisions.has(element.name);
  const childScope: Scope = { prefix: isDivision ? scope.prefix : id, allocate: scope.allocate };
  const content = splitContent(firstElement(element, "content"));
  const chapeau = textOf(firstElement(element, "chapeau"));
  const quoted = content.quoted.map((block, ordinal) => quotedBlock(block, childScope, ordinal + 1, ordinal === content.quoted.length - 1 ? content.after : ""));
  const continuation = textOf(firstElement(element, "continuation"));
  const printed = textOf(firstElement(element, "num"));
  const heading = textOf(firstElement(element, "heading"));
  return {
    id,
    kind: isDivision ? "division" : (ownValue(levels, element.name) ?? "section"),
    ...(isDivision ? { label: element.name } : {}),
    enum: printed.replace(/^(SECTION|SEC\.)\s*/i, "") || null,
    heading: heading || null,
    text: [chapeau, content.before].filter(Boolean).join(" "),
    children: [...quoted, ...readLevels(element, childScope)],
    ...(continuation ? { after: continuation } : {}),
  };
}

/** Read a USLM file (or its parsed root) into the section tree; a TextParseError says why a file cannot be. */
export function parseUslmXml(source: string | XmlElement): UslmXml {
  const root = typeof source === "string" ? parseXml(source) : source;
  if (!isUslm(root)) throw new TextParseError(`This is not a USLM file: its outermost element <${root.name}> is not in the USLM namespace (${USLM_NAMESPACE}/…).`);
  const main = firstElement(root, "main");
  if (!main) throw new TextParseError("The USLM file has no <main>: there is no text in it to import.");
  const body = readLevels(main, { prefix: "", allocate: idAllocator() });
  if (!body.some(function hasSection(node): boolean {
    return node.kind === "section" || node.children.some(hasSection);
  })) {
    throw new TextParseError("The USLM file's <main> has no <section>. Nothing was imported.");
  }
  const title = textOf(firstElement(firstElement(main, "longTitle") ?? main, "officialTitle"));
  const stage = textOf(firstElement(firstElement(root, "meta") ?? root, "docStage"));
  return { tree: { title: title || null, extractedFromHtml: false, body }, docStage: stage || null };
}

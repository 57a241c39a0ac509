import { ownValue } from "@/lib/lookup";

import { enumSegment, idAllocator, TextParseError, type TextNode, type TextNodeKind, type TextTree } from "../tree";

import { divisionNumber, hasSection, joinPath, kindBelow, ordinalCounter, splitAtQuoted, wordsOf, type Token } from "./uk-levels";
import { elements, firstAlong, firstElement, parseXml, textOf, type XmlChild, type XmlElement } from "./xml";

// legislation.gov.uk's Crown Legislation Markup Language (the schema in legislation/clml-schema)
// for an Act's whole text (…/enacted/data.xml), the form the Act as enacted is published in:
// `<Legislation>` in the CLML namespace, its `<ukm:Metadata>`, and `<Primary>` with the long
// title in `<PrimaryPrelims>`, the `<Body>` and the `<Schedules>`. `<Part>`, `<Chapter>` and
// cross-headings (`<Pblock>`) group `<P1>` sections, each headed by the `<Title>` of the
// `<P1group>` around it; below them `<P2>` (subsection) to `<P6>`, each with a `<Pnumber>` and
// its words in the `<Text>` of its `<PNpara>`. A schedule is a division `sch-N` whose `<P1>`s are
// paragraphs numbered in it. An amendment's words for another Act are a `<BlockAmendment>` and
// become a quoted block; its `<AppendText>` (the "." after the closing quote) follows the block.
// lib/source-watch/legislation-act/clml.ts reads the contents document for in-force dates; this
// reads the text itself.

const CLML_NAMESPACE = "http://www.legislation.gov.uk/namespaces/legislation";

export interface ClmlXml {
  tree: TextTree;
  /** The file's `ukm:DocumentStatus` ("final" for the text as enacted, "revised" as since amended), when it has one. */
  documentStatus: string | null;
}

/** Whether the root element is in the CLML namespace. */
export function isClml(root: XmlElement): boolean {
  return ownValue(root.attrs, "xmlns") === CLML_NAMESPACE;
}

const levels: Readonly<Record<string, TextNodeKind>> = {
  P1: "section",
  P2: "subsection",
  P3: "paragraph",
  P4: "subparagraph",
  P5: "clause",
  P6: "subclause",
  P7: "item",
};
const groups = new Set(["P1group", "P2group", "P3group"]);
const divisionLabels: Readonly<Record<string, string>> = { Part: "part", Chapter: "chapter", Pblock: "cross-heading", PsubBlock: "subheading" };

interface Scope {
  prefix: string;
  divisionPrefix: string;
  parentKind: TextNodeKind | null;
  /** A schedule's P1s are its paragraphs, not sections of the Act. */
  inSchedule: boolean;
  allocate: (wanted: string) => string;
}

const blocks = new Set(["Text", "Para", "ListItem", "UnorderedList", "OrderedList"]);
const structural = (element: XmlElement) =>
  Object.hasOwn(levels, element.name) || groups.has(element.name) || Object.hasOwn(divisionLabels, element.name) || element.name === "Schedule" || element.name === "Schedules";

/** The words of an element in order, with each block amendment left whole where it stands. */
function tokens(children: readonly XmlChild[], out: Token[] = []): Token[] {
  for (const child of children) {
    if (typeof child === "string") out.push(child);
    else if (child.name === "BlockAmendment") out.push(child);
    else if (child.name === "Footnote" || child.name === "FootnoteRef" || structural(child)) continue;
    else if (blocks.has(child.name)) out.push(" ", ...tokens(child.children), " ");
    else tokens(child.children, out);
  }
  return out;
}

/** The `<AppendText>` inside a block amendment (not inside one it quotes), which follows its closing quote. */
function appendedWords(element: XmlElement): string[] {
  return elements(element).flatMap((child) => (child.name === "AppendText" ? [textOf(child)] : child.name === "BlockAmendment" ? [] : appendedWords(child)));
}

/** A copy of an element without its `<AppendText>`, whose words belong after the block. */
function withoutAppendText(element: XmlElement): XmlElement {
  return {
    ...element,
    children: element.children.flatMap((child): XmlChild[] =>
      typeof child === "string" ? [child] : child.name === "AppendText" ? [] : [child.name === "BlockAmendment" ? child : withoutAppendText(child)],
    ),
  };
}

function quotedBlock(element: XmlElement, scope: Scope, ordinal: number, following: string): TextNode {
  const id = scope.allocate(joinPath(scope.prefix, `quoted-${ordinal}`));
  const after = [...appendedWords(element), following].filter(Boolean).join(" ");
  const block = withoutAppendText(element);
  return {
    id,
    kind: "quoted-block",
    enum: null,
    heading: null,
    text: wordsOf(tokens(block.children)),
    children: readChildren(block, { prefix: id, divisionPrefix: id, parentKind: null, inSchedule: false, allocate: scope.allocate }),
    ...(after ? { after } : {}),
  };
}

function printedNumber(element: XmlElement): string {
  const pnumber = firstElement(element, "Pnumber");
  const number = textOf(pnumber);
  if (!number) return "";
  // CLML keeps the brackets out of the number; P2 and below print them unless told otherwise.
  const bracketed = element.name !== "P1";
  const before = ownValue(pnumber?.attrs ?? {}, "PuncBefore") ?? (bracketed ? "(" : "");
  const after = ownValue(pnumber?.attrs ?? {}, "PuncAfter") ?? (bracketed ? ")" : "");
  return `${before}${number}${after}`;
}

function readLevel(element: XmlElement, scope: Scope, index: number, groupHeading: string): TextNode {
  const printed = printedNumber(element);
  const segment = enumSegment(printed) || `${element.name}${index + 1}`;
  const isSection = element.name === "P1" && !scope.inSchedule;
  const id = scope.allocate(joinPath(scope.prefix, isSection ? `sec-${segment}` : segment));
  const least = element.name === "P1" ? (scope.inSchedule ? "paragraph" : "section") : (ownValue(levels, element.name) ?? "paragraph");
  const kind = isSection ? "section" : kindBelow(scope.parentKind, least);
  const inner: Scope = { ...scope, prefix: id, parentKind: kind };
  const paras = elements(element).filter((child) => child.name === `${element.name}para`);
  const opening = splitAtQuoted(paras.flatMap((para) => tokens(para.children)));
  return {
    id,
    kind,
    enum: printed || null,
    // Only a group carries a title in CLML: a P1group's is its section's heading.
    heading: groupHeading || null,
    text: opening.before,
    children: [
      ...opening.quoted.map((block, ordinal) => quotedBlock(block.element, inner, ordinal + 1, block.after)),
      ...paras.flatMap((para) => readChildren(para, inner)),
    ],
  };
}

function readDivision(element: XmlElement, scope: Scope, ordinal: number): TextNode {
  const label = ownValue(divisionLabels, element.name) ?? element.name;
  const number = divisionNumber(textOf(firstElement(element, "Number")));
  const segment = label === "cross-heading" || label === "subheading" ? `xhdg-${ordinal}` : `${label}-${enumSegment(number) || ordinal}`;
  const id = scope.allocate(joinPath(scope.divisionPrefix, segment));
  return {
    id,
    kind: "division",
    label,
    enum: number || null,
    heading: textOf(firstElement(element, "Title")) || null,
    text: "",
    children: readChildren(element, { ...scope, divisionPrefix: id }),
  };
}

function readSchedule(element: XmlElement, scope: Scope): TextNode {
  const number = divisionNumber(textOf(firstElement(element, "Number")));
  // An Act with one schedule prints it as "SCHEDULE", unnumbered.
  const id = scope.allocate(joinPath(scope.divisionPrefix, enumSegment(number) ? `sch-${enumSegment(number)}` : "sch"));
  return {
    id,
    kind: "division",
    label: "schedule",
    enum: number || null,
    heading: textOf(firstAlong(element, "TitleBlock", "Title")) || null,
    text: "",
    children: readChildren(firstElement(element, "ScheduleBody") ?? element, { prefix: id, divisionPrefix: id, parentKind: null, inSchedule: true, allocate: scope.allocate }),
  };
}

function readChildren(element: XmlElement, scope: Scope, groupHeading = ""): TextNode[] {
  const nodes: TextNode[] = [];
  let count = 0;
  const ordinal = ordinalCounter();
  for (const child of elements(element)) {
    if (Object.hasOwn(levels, child.name)) nodes.push(readLevel(child, scope, count++, groupHeading));
    else if (groups.has(child.name)) nodes.push(...readChildren(child, scope, textOf(firstElement(child, "Title"))));
    else if (Object.hasOwn(divisionLabels, child.name)) nodes.push(readDivision(child, scope, ordinal(child.name)));
    else if (child.name === "Schedule") nodes.push(readSchedule(child, scope));
    else if (child.name === "Schedules") nodes.push(...readChildren(child, scope));
  }
  return nodes;
}

/** Read a legislation.gov.uk CLML file (or its parsed root) into the section tree; a TextParseError says why a file cannot be. */
export function parseClml(source: string | XmlElement): ClmlXml {
  const root = typeof source === "string" ? parseXml(source) : source;
  if (!isClml(root) || root.name !== "Legislation") {
    throw new TextParseError(`This is not a legislation.gov.uk CLML file: its outermost element <${root.name}> is not <Legislation> in the CLML namespace (${CLML_NAMESPACE}).`);
  }
  const primary = firstElement(root, "Primary");
  if (!primary) {
    throw new TextParseError("The CLML file has no <Primary>: it is not an Act's text (a statutory instrument, or a table of contents?). Choose the Act's …/enacted/data.xml file.");
  }
  const body = firstElement(primary, "Body");
  if (!body) throw new TextParseError("The CLML file has no <Body>: there is no text in it to import. Choose the whole Act's …/enacted/data.xml, not its contents.");
  const scope: Scope = { prefix: "", divisionPrefix: "", parentKind: null, inSchedule: false, allocate: idAllocator() };
  const schedules = firstElement(primary, "Schedules");
  const tree: TextTree = {
    title: textOf(firstAlong(primary, "PrimaryPrelims", "LongTitle")) || null,
    extractedFromHtml: false,
    body: [...readChildren(body, scope), ...(schedules ? readChildren(schedules, scope) : [])],
  };
  if (!hasSection(tree.body)) throw new TextParseError("The CLML file's <Body> has no <P1> section. Nothing was imported.");
  const status = firstAlong(root, "ukm:Metadata", "ukm:PrimaryMetadata", "ukm:DocumentClassification", "ukm:DocumentStatus");
  const documentStatus = (status ? ownValue(status.attrs, "Value") : undefined)?.trim();
  return { tree, documentStatus: documentStatus || null };
}

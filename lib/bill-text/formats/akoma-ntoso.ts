import { ownValue } from "@/lib/lookup";

import { enumSegment, idAllocator, TextParseError, type TextNode, type TextNodeKind, type TextTree } from "../tree";

import { divisionNumber, hasSection, joinPath, kindBelow, ordinalCounter, splitAtQuoted, wordsOf, type Token } from "./uk-levels";
import { elements, firstAlong, firstElement, parseXml, textOf, type XmlChild, type XmlElement } from "./xml";

// UK Parliament bills in Akoma Ntoso 3.0 as Lawmaker writes them (the UK-AKN model and its data
// dictionary): `<akomaNtoso>` in the AKN namespace, its `<bill>` or `<act>`, the `<meta>` naming
// the version, the `<preface>` with the long title, and the `<body>`: `<part>`, `<chapter>` and
// cross-headings (`<hcontainer name="crossheading">`) group `<section>`s, which a bill calls
// clauses; below them `<subsection>`, then `<paragraph>`/`<subparagraph>` or Lawmaker's own
// `<level class="para1">`, each with `<num>`, `<heading>`, `<intro>`/`<content>`/`<wrapUp>`.
// Lawmaker puts schedules in the body (`<hcontainer name="schedules">`), each schedule a division
// `sch-N` whose paragraphs are numbered in it (`sch-1-2-1`). Documents in `<attachments>` are not
// read: Lawmaker does not put schedules there. An amendment's words for another Act are a
// `<quotedStructure>` in a `<mod>` and become a quoted block; `<quotedText>` stays in the words,
// with the quotation marks Lawmaker keeps in its attributes.

const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/";

export interface AkomaNtosoXml {
  tree: TextTree;
  /** The expression's `FRBRversionNumber` ("public-committee-hc"), when it has one. */
  versionLabel: string | null;
  /** The stage the bill's own cover prints ("As amended in Public Bill Committee"), when it names one. */
  stageName: string | null;
}

/** Whether the root element is in the Akoma Ntoso namespace (3.0, or a later version under the same root). */
export function isAkomaNtoso(root: XmlElement): boolean {
  return (ownValue(root.attrs, "xmlns") ?? "").startsWith(AKN_NAMESPACE);
}

const least: Readonly<Record<string, TextNodeKind>> = { subsection: "subsection", paragraph: "paragraph", subparagraph: "subparagraph", level: "paragraph" };
const leastByClass: Readonly<Record<string, TextNodeKind>> = { para1: "paragraph", para2: "subparagraph", para3: "clause", para4: "subclause" };
const divisionElements: Readonly<Record<string, string>> = { part: "part", chapter: "chapter", crossHeading: "cross-heading" };
// Lawmaker's groups that AKN has no element for; a `<subheading>` element is a level's second heading, not a group.
const divisionContainers: Readonly<Record<string, string>> = { crossheading: "cross-heading", subheading: "subheading" };

interface Scope {
  /** The path a level's id extends: "" in the body, the schedule's or quoted block's id inside one. */
  prefix: string;
  /** The path a division's id extends, so Chapter 1 of Part 2 is `part-2-chapter-1`. */
  divisionPrefix: string;
  parentKind: TextNodeKind | null;
  allocate: (wanted: string) => string;
}

type Role = "level" | "division" | "schedule" | "schedules";

function roleOf(element: XmlElement): Role | null {
  if (element.name === "section" || Object.hasOwn(least, element.name)) return "level";
  if (element.name !== "hcontainer") return Object.hasOwn(divisionElements, element.name) ? "division" : null;
  const name = ownValue(element.attrs, "name") ?? "";
  if (name === "schedule" || name === "schedules") return name;
  return Object.hasOwn(divisionContainers, name) ? "division" : null;
}

function divisionLabel(element: XmlElement): string {
  return (element.name === "hcontainer" ? ownValue(divisionContainers, ownValue(element.attrs, "name")) : ownValue(divisionElements, element.name)) ?? element.name;
}

const blocks = new Set(["p", "block", "intro", "content", "wrapUp", "hcontainer", "blockContainer"]);

/** The words of an element in order, with each quoted structure left whole where it stands. */
function tokens(children: readonly XmlChild[], out: Token[] = []): Token[] {
  for (const child of children) {
    if (typeof child === "string") out.push(child);
    else if (child.name === "quotedStructure") out.push(child);
    else if (child.name === "quotedText") out.push(ownValue(child.attrs, "startQuote") ?? "", ...tokens(child.children), ownValue(child.attrs, "endQuote") ?? "");
    else if (child.name === "authorialNote") continue;
    else if (blocks.has(child.name)) out.push(" ", ...tokens(child.children), " ");
    else tokens(child.children, out);
  }
  return out;
}

/** The words a part opens with: its intro or content, and definitions listed under it. */
function openingWords(element: XmlElement): Token[] {
  const opening = elements(element).filter(
    (child) => child.name === "intro" || child.name === "content" || (child.name === "hcontainer" && ownValue(child.attrs, "name") === "definition"),
  );
  return opening.flatMap((child) => [" ", ...tokens(child.children), " "]);
}

function quotedBlock(element: XmlElement, scope: Scope, ordinal: number, after: string): TextNode {
  const id = scope.allocate(joinPath(scope.prefix, `quoted-${ordinal}`));
  const inner: Scope = { prefix: id, divisionPrefix: id, parentKind: null, allocate: scope.allocate };
  const loose = element.children.filter((child) => typeof child === "string" || roleOf(child) === null);
  return {
    id,
    kind: "quoted-block",
    enum: null,
    heading: null,
    text: wordsOf(tokens(loose)),
    children: readChildren(element, inner),
    ...(after ? { after } : {}),
  };
}

function readLevel(element: XmlElement, scope: Scope, index: number): TextNode {
  const printed = textOf(firstElement(element, "num"));
  const segment = enumSegment(printed) || `${element.name}${index + 1}`;
  const id = scope.allocate(joinPath(scope.prefix, element.name === "section" ? `sec-${segment}` : segment));
  const kind: TextNodeKind =
    element.name === "section"
      ? "section"
      : kindBelow(scope.parentKind, ownValue(leastByClass, ownValue(element.attrs, "class")) ?? ownValue(least, element.name) ?? "paragraph");
  const inner: Scope = { ...scope, prefix: id, parentKind: kind };
  const opening = splitAtQuoted(openingWords(element));
  const after = wordsOf(tokens(elements(element, "wrapUp")));
  const heading = textOf(firstElement(element, "heading"));
  return {
    id,
    kind,
    enum: printed || null,
    heading: heading || null,
    text: opening.before,
    children: [...opening.quoted.map((block, ordinal) => quotedBlock(block.element, inner, ordinal + 1, block.after)), ...readChildren(element, inner)],
    ...(after ? { after } : {}),
  };
}

function readDivision(element: XmlElement, scope: Scope, ordinal: number): TextNode {
  const label = divisionLabel(element);
  const number = divisionNumber(textOf(firstElement(element, "num")));
  const segment = label === "cross-heading" || label === "subheading" ? `xhdg-${ordinal}` : `${label}-${enumSegment(number) || ordinal}`;
  const id = scope.allocate(joinPath(scope.divisionPrefix, segment));
  // AKN's own `<crossHeading>` is the heading's words themselves, with nothing inside.
  const heading = element.name === "crossHeading" ? textOf(element) : textOf(firstElement(element, "heading"));
  return {
    id,
    kind: "division",
    label,
    enum: number || null,
    heading: heading || null,
    text: wordsOf(openingWords(element)),
    children: readChildren(element, { ...scope, divisionPrefix: id }),
  };
}

function readSchedule(element: XmlElement, scope: Scope): TextNode {
  const number = divisionNumber(textOf(firstElement(element, "num")));
  // A bill with one schedule prints it as "Schedule", unnumbered.
  const id = scope.allocate(joinPath(scope.divisionPrefix, enumSegment(number) ? `sch-${enumSegment(number)}` : "sch"));
  const heading = textOf(firstElement(element, "heading"));
  return {
    id,
    kind: "division",
    label: "schedule",
    enum: number || null,
    heading: heading || null,
    text: wordsOf(openingWords(element)),
    children: readChildren(element, { prefix: id, divisionPrefix: id, parentKind: null, allocate: scope.allocate }),
  };
}

function readChildren(element: XmlElement, scope: Scope): TextNode[] {
  const nodes: TextNode[] = [];
  let levels = 0;
  const ordinal = ordinalCounter();
  for (const child of elements(element)) {
    const role = roleOf(child);
    if (role === "level") nodes.push(readLevel(child, scope, levels++));
    else if (role === "division") nodes.push(readDivision(child, scope, ordinal(divisionLabel(child))));
    else if (role === "schedule") nodes.push(readSchedule(child, scope));
    else if (role === "schedules") nodes.push(...readChildren(child, scope));
  }
  return nodes;
}

function stageNameOf(meta: XmlElement | undefined): string | null {
  const references = firstAlong(meta, "references");
  const stage = references ? elements(references).find((reference) => ownValue(reference.attrs, "eId") === "varStageVersion") : undefined;
  return (stage ? ownValue(stage.attrs, "showAs") : undefined)?.trim() || null;
}

/** Read a Lawmaker Akoma Ntoso file (or its parsed root) into the section tree; a TextParseError says why a file cannot be. */
export function parseAkomaNtoso(source: string | XmlElement): AkomaNtosoXml {
  const root = typeof source === "string" ? parseXml(source) : source;
  if (!isAkomaNtoso(root) || root.name !== "akomaNtoso") {
    throw new TextParseError(`This is not an Akoma Ntoso file: its outermost element <${root.name}> is not <akomaNtoso> in the Akoma Ntoso namespace (${AKN_NAMESPACE}3.0).`);
  }
  const document = elements(root).find((child) => child.name === "bill" || child.name === "act");
  if (!document) {
    const held = elements(root)[0]?.name;
    throw new TextParseError(
      `The Akoma Ntoso file holds ${held ? `a <${held}>` : "nothing"}, not a <bill> or <act>: only a bill's or Act's text can be imported. Choose the bill's own XML file.`,
    );
  }
  const body = firstElement(document, "body");
  if (!body) throw new TextParseError(`The Akoma Ntoso file's <${document.name}> has no <body>: there is no text in it to import.`);
  const tree: TextTree = {
    title: wordsOf(tokens(firstAlong(document, "preface", "longTitle")?.children ?? [])) || null,
    extractedFromHtml: false,
    body: readChildren(body, { prefix: "", divisionPrefix: "", parentKind: null, allocate: idAllocator() }),
  };
  if (!hasSection(tree.body)) {
    throw new TextParseError(`The Akoma Ntoso file's <body> has no <section> (a bill's clauses): it may be a list of amendments. Nothing was imported.`);
  }
  const meta = firstElement(document, "meta");
  const version = firstAlong(meta, "identification", "FRBRExpression", "FRBRversionNumber");
  const versionLabel = (version ? ownValue(version.attrs, "value") : undefined)?.trim();
  return { tree, versionLabel: versionLabel || null, stageName: stageNameOf(meta) };
}

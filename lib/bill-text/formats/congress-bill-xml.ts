import { ownValue } from "@/lib/lookup";

import { enumSegment, idAllocator, TextParseError, type TextNode, type TextTree } from "../tree";

import { divisions, levels } from "./us-levels";
import { elements, firstElement, parseXml, textOf, type XmlElement } from "./xml";

// Congress's bill XML, as GPO publishes it (BILLS-119s146is.xml), read by the bill DTD
// (usgpo/bill-dtd): `<bill>` or `<resolution>`, its `<legis-body>` or `<resolution-body>`, and
// the levels below (section, subsection, paragraph, subparagraph, clause, subclause, item,
// subitem), each with an `<enum>`, an optional `<header>`, `<text>` and `<continuation-text>`.
// A `<quoted-block>` holds the words an amendment inserts into another law; its parts are not
// the bill's own, so their ids sit under the quoted block's.

const bodies = new Set(["legis-body", "resolution-body"]);

export interface CongressBillXml {
  tree: TextTree;
  /** The file's own `bill-stage` attribute ("Reported-in-Senate"), when it has one. */
  billStage: string | null;
}

function isStructure(element: XmlElement): boolean {
  return Object.hasOwn(levels, element.name) || divisions.has(element.name) || element.name === "quoted-block";
}

function joinedText(element: XmlElement, name: string): string {
  return elements(element, name).map(textOf).filter(Boolean).join(" ");
}

interface Scope {
  /** The path the children's ids extend: "" at the top of the bill or of a quoted block. */
  prefix: string;
  allocate: (wanted: string) => string;
}

function pathFor(element: XmlElement, scope: Scope, index: number): string {
  const printed = textOf(firstElement(element, "enum"));
  const segment = enumSegment(printed) || `${element.name}${index + 1}`;
  if (element.name === "section") return `${scope.prefix ? `${scope.prefix}-` : ""}sec-${segment}`;
  if (divisions.has(element.name)) return `${scope.prefix ? `${scope.prefix}-` : ""}${element.name}-${segment}`;
  return scope.prefix ? `${scope.prefix}-${segment}` : segment;
}

function readChildren(element: XmlElement, scope: Scope): TextNode[] {
  const nodes: TextNode[] = [];
  let quoted = 0;
  elements(element)
    .filter(isStructure)
    .forEach((child, index) => {
      if (child.name === "quoted-block") {
        quoted += 1;
        nodes.push(readQuotedBlock(child, scope, quoted));
      } else {
        nodes.push(readLevel(child, scope, index));
      }
    });
  return nodes;
}

function readQuotedBlock(element: XmlElement, scope: Scope, ordinal: number): TextNode {
  const id = scope.allocate(`${scope.prefix ? `${scope.prefix}-` : ""}quoted-${ordinal}`);
  const after = [joinedText(element, "quoted-block-continuation-text"), joinedText(element, "after-quoted-block")].filter(Boolean).join(" ");
  return {
    id,
    kind: "quoted-block",
    enum: null,
    heading: null,
    text: joinedText(element, "text"),
    children: readChildren(element, { prefix: id, allocate: scope.allocate }),
    ...(after ? { after } : {}),
  };
}

function readLevel(element: XmlElement, scope: Scope, index: number): TextNode {
  const id = scope.allocate(pathFor(element, scope, index));
  const printed = textOf(firstElement(element, "enum"));
  const heading = textOf(firstElement(element, "header"));
  const after = joinedText(element, "continuation-text");
  const isDivision = divisions.has(element.name);
  // Sections are numbered through the whole bill, so a title's sections are `sec-101`, not `title-I-sec-101`.
  const childScope: Scope = { prefix: isDivision ? scope.prefix : id, allocate: scope.allocate };
  return {
    id,
    kind: isDivision ? "division" : (ownValue(levels, element.name) ?? "section"),
    ...(isDivision ? { label: element.name } : {}),
    enum: printed || null,
    heading: heading || null,
    text: joinedText(element, "text"),
    children: readChildren(element, childScope),
    ...(after ? { after } : {}),
  };
}

/** Read a bill DTD file (or its parsed root) into the section tree; a TextParseError says why a file cannot be. */
export function parseCongressBillXml(source: string | XmlElement): CongressBillXml {
  const root = typeof source === "string" ? parseXml(source) : source;
  if (root.name !== "bill" && root.name !== "resolution") {
    throw new TextParseError(
      `This is not a Congress bill XML file: its outermost element is <${root.name}>, where the bill DTD has <bill> or <resolution>. Choose the bill's XML file from govinfo.`,
    );
  }
  const body = elements(root).find((child) => bodies.has(child.name));
  if (!body) throw new TextParseError(`The file has no <legis-body>: there is no bill text in it to import.`);
  const tree: TextTree = {
    title: textOf(firstElement(firstElement(root, "form") ?? root, "official-title")) || null,
    extractedFromHtml: false,
    body: readChildren(body, { prefix: "", allocate: idAllocator() }),
  };
  if (!tree.body.some(function hasSection(node): boolean {
    return node.kind === "section" || node.children.some(hasSection);
  })) {
    throw new TextParseError("The file's <legis-body> has no <section>: it may be an amendment or a resolution's preamble only. Nothing was imported.");
  }
  const stage = ownValue(root.attrs, "bill-stage");
  return { tree, billStage: stage ? stage : null };
}

import { XMLParser, XMLValidator } from "fast-xml-parser";

import { TextParseError } from "../tree";

// XML as a small element tree with children in document order: bill text mixes words and
// inline elements (`<short-title>`, `<quote>`), so order matters. fast-xml-parser with
// preserveOrder keeps it; it resolves no external entities and never fetches the DTD.

export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: readonly XmlChild[];
}

export type XmlChild = XmlElement | string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  ignorePiTags: true,
});

type Ordered = Record<string, unknown>;

function convert(items: readonly Ordered[]): XmlChild[] {
  const out: XmlChild[] = [];
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      if (key === ":@") continue;
      if (key === "#text") out.push(String(value));
      else if (!key.startsWith("?") && !key.startsWith("!")) {
        const attrs = (item[":@"] as Record<string, string> | undefined) ?? {};
        out.push({ name: key, attrs, children: convert(value as Ordered[]) });
      }
    }
  }
  return out;
}

/** The root element of an XML file, or a TextParseError saying where it is broken. */
export function parseXml(raw: string): XmlElement {
  const valid = XMLValidator.validate(raw);
  if (valid !== true) {
    throw new TextParseError(`The file is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}). Check that it is the XML file, not the PDF or text.`);
  }
  const root = convert(parser.parse(raw) as Ordered[]).find((child): child is XmlElement => typeof child !== "string");
  if (!root) throw new TextParseError("The file has no XML element in it.");
  return root;
}

export function elements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== "string" && (name === undefined || child.name === name));
}

export function firstElement(element: XmlElement, name: string): XmlElement | undefined {
  return elements(element, name)[0];
}

/** The element at the end of a path of first children (`meta`, `identification`, …), or undefined where one is missing. */
export function firstAlong(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  return path.reduce<XmlElement | undefined>((current, name) => (current ? firstElement(current, name) : undefined), element);
}

/** All the words inside an element, inline elements included, with whitespace collapsed. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return "";
  const gather = (node: XmlChild): string => (typeof node === "string" ? node : node.children.map(gather).join(""));
  return gather(element).replace(/\s+/g, " ").trim();
}


import { XMLParser, XMLValidator } from "fast-xml-parser";

import { ownValue } from "@/lib/lookup";

// legislation.gov.uk's own data for an item of legislation in CLML (the schema in
// legislation/clml-schema): its contents (/{type}/{year}/{number}/contents/data.xml), whose items
// carry the in-force attributes of the provisions they list, or its whole text (…/data.xml).
// Read here are only what the in-force rules need: the Act's title, year and number, whether this
// is the revised text (only that says what is in force; the enacted text, DocumentStatus "final",
// says nothing about it), the date of Royal Assent, and each provision's in-force attributes
// (RestrictStartDate, Status), which a provision inherits from the elements around it.
// fast-xml-parser resolves no external entities; wording comes out as text.

/** Whether a provision is in force in the text as revised, or is not yet (or no longer) there. */
export type ProvisionState = "in_force" | "prospective" | "gone";

export interface Provision {
  /** CLML's id of the section, schedule or schedule paragraph ("section-1", "schedule-2-paragraph-3"). */
  id: string;
  /** The date its current text is in force from, where the document gives one. */
  startsOn: string | null;
  state: ProvisionState;
}

export interface ActDocument {
  title: string;
  year: string;
  number: string;
  /** "revised" (edited by legislation.gov.uk, with in-force data), "final" (as enacted), … */
  documentStatus: string;
  enactedOn: string | null;
  /** The document's own in-force attributes, for an Act with no numbered provisions. */
  startsOn: string | null;
  state: ProvisionState;
  provisions: Provision[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

function attribute(node: Node | undefined, name: string): string | null {
  const value = node ? ownValue(node, `@${name}`) : undefined;
  return typeof value === "string" ? value.trim() : null;
}

function child(node: Node | undefined, name: string): Node | undefined {
  const value = node ? ownValue(node, name) : undefined;
  return isNode(value) ? value : undefined;
}

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  // A title given in two languages comes as two elements: the first one is used.
  if (Array.isArray(value)) return text(value[0]);
  if (isNode(value)) return text(value["#text"]);
  return "";
}

function stateOf(node: Node, inherited: ProvisionState): ProvisionState {
  const status = attribute(node, "Status");
  if (status === "Prospective") return "prospective";
  if (status === "Repealed" || status === "Dead" || status === "Discarded") return "gone";
  return inherited;
}

function startOf(node: Node, inherited: string | null): string | null {
  const start = attribute(node, "RestrictStartDate");
  return start && DAY.test(start) ? start : inherited;
}

function listsItems(node: Node): boolean {
  return Object.entries(node).some(([name, value]) => name === "ContentsItem" || (Array.isArray(value) ? value : [value]).some((element) => isNode(element) && listsItems(element)));
}

/** The provision an element is, if it is one: its id, else null. */
function provisionId(name: string, element: Node): string | null {
  // The text: a section, or a paragraph of a schedule.
  if (name === "P1") return attribute(element, "id");
  // The contents: an item (section or paragraph), or a schedule listed whole.
  if (name === "ContentsItem" || (name === "ContentsSchedule" && !listsItems(element))) return attribute(element, "ContentRef");
  return null;
}

/** Every provision under `node`, in document order, with the in-force attributes it has or inherits. */
function collectProvisions(node: Node, startsOn: string | null, state: ProvisionState, into: Provision[]): void {
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith("@") || name === "#text") continue;
    for (const element of Array.isArray(value) ? value : [value]) {
      if (!isNode(element)) continue;
      const own = { startsOn: startOf(element, startsOn), state: stateOf(element, state) };
      const id = provisionId(name, element);
      // A provision's subsections share its commencement as far as these rules go.
      if (id) into.push({ id, ...own });
      else collectProvisions(element, own.startsOn, own.state, into);
    }
  }
}

export type ReadResult = { ok: true; document: ActDocument } | { ok: false; message: string };

/** The CLML document in `xml`, or why it is not one. */
export function readActDocument(xml: string, contentType: string): ReadResult {
  if (/text\/html/i.test(contentType) || /^\s*<(!doctype\s+html|html)\b/i.test(xml)) return { ok: false, message: "The official server answered with a web page, not legislation data." };
  if (XMLValidator.validate(xml) !== true) return { ok: false, message: "The answer was not well-formed XML." };
  const root = child(parser.parse(xml) as Node, "Legislation");
  const metadata = child(root, "ukm:Metadata");
  const primary = child(metadata, "ukm:PrimaryMetadata") ?? child(metadata, "ukm:SecondaryMetadata");
  if (!root || !primary) return { ok: false, message: "The answer is not legislation.gov.uk's data for an Act (no Legislation element with its metadata)." };
  const enacted = attribute(child(primary, "ukm:EnactmentDate"), "Date");
  const startsOn = startOf(root, null);
  const state = stateOf(root, "in_force");
  const provisions: Provision[] = [];
  // A contents document lists every provision; text that comes with it would list them twice.
  const content = child(root, "Contents") ?? child(root, "Primary") ?? child(root, "Secondary");
  if (content) collectProvisions(content, startsOn, state, provisions);
  return {
    ok: true,
    document: {
      title: text(metadata?.["dc:title"]),
      year: attribute(child(primary, "ukm:Year"), "Value") ?? "",
      number: attribute(child(primary, "ukm:Number"), "Value") ?? "",
      documentStatus: attribute(child(child(primary, "ukm:DocumentClassification"), "ukm:DocumentStatus"), "Value") ?? "",
      enactedOn: enacted && DAY.test(enacted) ? enacted : null,
      startsOn,
      state,
      provisions,
    },
  };
}

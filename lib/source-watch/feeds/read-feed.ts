import { XMLParser } from "fast-xml-parser";

// Atom (RFC 4287) and RSS 2.0 entries as plain records: id, title, link, dates, summary, and the
// element tree of each entry for readers that want more (legislation.gov.uk's ukm: metadata).
// fast-xml-parser resolves no external entities; text comes out as text, never rendered.

export interface FeedEntry {
  id: string | null;
  title: string;
  link: string | null;
  /** The entry's own date, YYYY-MM-DD: published, else updated (Atom); pubDate (RSS). */
  day: string | null;
  summary: string;
  raw: Record<string, unknown>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  isArray: (name) => ["entry", "item", "link", "category"].includes(name),
  // Numbers and booleans stay text: an SI number "0689" or a title "2026" is not arithmetic.
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
});

type Node = Record<string, unknown>;

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object" && "#text" in value) return text((value as Node)["#text"]);
  return "";
}

function day(value: string): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso?.[1]) return iso[1];
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function atomLink(links: unknown): string | null {
  const list = Array.isArray(links) ? (links as Node[]) : [];
  const plain = list.find((link) => !link["@rel"] || link["@rel"] === "alternate" && !link["@type"]) ?? list.find((link) => link["@rel"] === "alternate");
  const href = plain?.["@href"];
  return typeof href === "string" ? href : null;
}

/** The entries of an Atom or RSS document, or null when it is neither. */
export function readFeed(xml: string): FeedEntry[] | null {
  let document: Node;
  try {
    document = parser.parse(xml) as Node;
  } catch {
    return null;
  }
  const atom = document.feed as Node | undefined;
  if (atom && typeof atom === "object") {
    return ((atom.entry as Node[] | undefined) ?? []).map((entry) => ({
      id: text(entry.id) || null,
      title: text(entry.title),
      link: atomLink(entry.link),
      day: day(text(entry.published)) ?? day(text(entry.updated)),
      summary: text(entry.summary) || text(entry.content),
      raw: entry,
    }));
  }
  const channel = (document.rss as Node | undefined)?.channel as Node | undefined;
  if (channel && typeof channel === "object") {
    return ((channel.item as Node[] | undefined) ?? []).map((item) => {
      const links = item.link as unknown[] | undefined;
      return {
        id: text(item.guid) || null,
        title: text(item.title),
        link: links?.length ? text(links[0]) || null : null,
        day: day(text(item.pubDate)),
        summary: text(item.description),
        raw: item,
      };
    });
  }
  return null;
}

/** Whether a body looks like XML at all (an HTML error page does not). */
export function looksLikeFeed(body: string, contentType: string): boolean {
  if (/text\/html/i.test(contentType)) return false;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(feed|rss)\b/i.test(body);
}

import type { Mapping, OfficialItem, ParseResult } from "../types";

import { readFeed, type FeedEntry } from "./read-feed";

// legislation.gov.uk: the statutory instruments made under an Act, from its documented Atom
// listing of secondary legislation searched by the Act's title (api/search.md in
// legislation/data-documentation), newest first. Commencement regulations bring the Act into
// force; other instruments under it are rules made under it.

export const LEGISLATION_ID = /^(ukpga|asp|asc|nia|anaw|ukla)\/\d{4}\/\d{1,4}$/;

/** The listing's path and query under LEGISLATION_GOV_UK_BASE_URL, for an Act of this title. */
export function legislationFeedPath(actTitle: string): string {
  return `/secondary/data.feed?title=${encodeURIComponent(`"${actTitle}"`)}&sort=published&results-count=50`;
}

/** Where an instrument's title puts it on the after-enactment path. */
export function mapInstrumentTitle(title: string, actTitle: string): Mapping {
  if (!title.toLowerCase().includes(actTitle.toLowerCase())) return { kind: "ignored", reason: "the instrument's title does not name the Act" };
  const placed = (stage: string): Mapping => ({ kind: "placed", placement: { path: "after", stage, chamber: null, attemptFailed: false, body: null, vote: null } });
  // Commencement regulations usually commence part of an Act; the editor says when it is all.
  if (/\((?:[^()]*\b)?commencement\b/i.test(title)) return placed("in_force_in_part");
  return placed("rules");
}

function creationDay(entry: FeedEntry): string | null {
  const created = entry.raw["ukm:CreationDate"] as Record<string, unknown> | undefined;
  const value = created?.["@Date"];
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

export function parseLegislationFeed(xml: string, actTitle: string): ParseResult {
  const entries = readFeed(xml);
  if (!entries) return { ok: false, message: "The answer was not an Atom feed." };
  const items: OfficialItem[] = [];
  for (const entry of entries) {
    const occurredOn = creationDay(entry) ?? entry.day;
    if (!entry.title || !occurredOn) continue;
    const link = (entry.link ?? entry.id ?? "").replace(/^http:\/\/www\.legislation\.gov\.uk\//, "https://www.legislation.gov.uk/");
    if (!link.startsWith("https://")) continue;
    items.push({
      itemKey: `legislation:${entry.id ?? link}`,
      occurredOn,
      description: `${entry.title} made.`,
      sourceUrl: link,
      urlIdentifiesItem: true,
      billNumber: null,
      mapping: mapInstrumentTitle(entry.title, actTitle),
      rank: 0,
    });
  }
  return { ok: true, items };
}

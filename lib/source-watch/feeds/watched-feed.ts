import type { OfficialItem, ParseResult } from "../types";

import { readFeed } from "./read-feed";

// Any Atom or RSS feed (a regulator's press releases): an entry is suggested when its title or
// summary contains one of the source's words (a phrase counts as one), without a step: a press
// release says many things, and the editor knows which step it is.

export function matchesWords(text: string, words: readonly string[]): boolean {
  const haystack = text.toLowerCase();
  return words.some((word) => word.trim() !== "" && haystack.includes(word.trim().toLowerCase()));
}

/** Markup in a feed's summary, as words: the text is shown as text, so tags would only be noise. */
function plain(value: string): string {
  return value.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}

export function parseWatchedFeed(xml: string, feedUrl: string, words: readonly string[]): ParseResult {
  const entries = readFeed(xml);
  if (!entries) return { ok: false, message: "The answer was not an Atom or RSS feed." };
  const items: OfficialItem[] = [];
  for (const entry of entries) {
    const summary = plain(entry.summary);
    if (!entry.title || !entry.day || !matchesWords(`${entry.title}\n${summary}`, words)) continue;
    const link = entry.link && URL.canParse(entry.link, feedUrl) ? new URL(entry.link, feedUrl).toString() : null;
    if (!link || !/^https?:\/\//.test(link)) continue;
    items.push({
      itemKey: `feed:${entry.id ?? link}`,
      occurredOn: entry.day,
      description: summary ? `${entry.title}: ${summary}`.slice(0, 2000) : entry.title,
      sourceUrl: link,
      urlIdentifiesItem: true,
      billNumber: null,
      mapping: { kind: "unplaced" },
      rank: 0,
    });
  }
  return { ok: true, items };
}

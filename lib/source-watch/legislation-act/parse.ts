import type { ParseResult } from "../types";

import { readActDocument } from "./clml";
import { actItems } from "./rules";

// An Act's page data → official items. Asked for is its contents (GET
// /{type}/{year}/{number}/contents/data.xml: the current revised version, or the enacted one
// where there is no revised one yet), which gives every provision's in-force attributes in a
// small document; the whole text gives the same but is megabytes for a long Act, past the fetch
// cap. The document must be the Act the source names: a mirror or a redirect that serves another
// is a fault, not news.

/** The path of an Act's contents data under LEGISLATION_GOV_UK_BASE_URL. */
export const actDataPath = (identifier: string) => `/${identifier}/contents/data.xml`;

export function parseActPage(body: string, contentType: string, identifier: string): ParseResult {
  const read = readActDocument(body, contentType);
  if (!read.ok) return read;
  const [, year, number] = identifier.split("/");
  const { document } = read;
  if (document.year !== year || document.number !== number) {
    return { ok: false, message: `The answer is the data of another item (${document.year || "no year"}, number ${document.number || "none"}), not ${identifier}. Check the source's identifier.` };
  }
  return { ok: true, items: actItems(document, identifier) };
}

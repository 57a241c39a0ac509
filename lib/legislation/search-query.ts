// What a reader types into the search box, made ready for websearch_to_tsquery.

/** Longer queries are cut: nobody types more, and ranking cost grows with the query. */
export const MAX_QUERY_LENGTH = 200;

// US bill-number prefixes, longest first so "H.J.Res." is not read as "H." + "J.Res.".
const PREFIX = String.raw`(h\.?\s?con\.?\s?res|s\.?\s?con\.?\s?res|h\.?\s?j\.?\s?res|s\.?\s?j\.?\s?res|h\.?\s?res|s\.?\s?res|h\.?\s?r|s)`;
// Not after a letter or apostrophe, so "Cruz's 2025" stays as it is.
const BILL_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}'’])${PREFIX}(?:\.\s?|(?=\d))(\d{1,5})\b`, "giu");
const HOUSE_RESOLUTION_SPACED = /(?<![\p{L}\p{N}'’])(hr)\s(\d{1,5})\b/giu;

/**
 * The query with bill numbers written compactly ("H.R. 633", "HR 633", "S. 1829" become
 * "hr633", "s1829"), the form the search column stores next to the number as printed. The
 * text-search parser would otherwise split "H.R. 633" into words that match nothing.
 */
export function normaliseSearchQuery(query: string): string {
  return query
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .replace(BILL_NUMBER, (_match, prefix: string, digits: string) => `${prefix.replace(/[.\s]/g, "").toLowerCase()}${digits}`)
    .replace(HOUSE_RESOLUTION_SPACED, (_match, prefix: string, digits: string) => `${prefix.toLowerCase()}${digits}`);
}

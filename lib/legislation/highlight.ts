// Search matches travel from PostgreSQL's ts_headline to the page as plain text with these two
// private-use characters around each match, and are turned into <mark> elements by React. So
// no text from the database is ever parsed as HTML.

export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export interface TextPart {
  text: string;
  match: boolean;
}

/** Split highlighted text into plain and matching parts; stray markers are dropped. */
export function splitHighlights(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let match = false;
  let buffer = "";
  const flush = () => {
    if (buffer) parts.push({ text: buffer, match });
    buffer = "";
  };
  for (const character of text) {
    if (character === MATCH_START || character === MATCH_END) {
      flush();
      match = character === MATCH_START;
    } else {
      buffer += character;
    }
  }
  flush();
  return parts;
}

/** The text without any markers, e.g. for a page title or an attribute. */
export function stripHighlights(text: string): string {
  return text.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "");
}

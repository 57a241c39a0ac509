// Feed readers render entry content as HTML; everything from the database is text, so it is
// escaped here before it goes into markup.

const entities = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&#39;"],
]);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities.get(character) ?? character);
}

/** A tagged template that escapes every interpolated value. */
export function html(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((out, part, index) => out + part + (index < values.length ? escapeHtml(String(values[index])) : ""), "");
}

import { textVersionKind } from "./versions";

// The confirmation after an upload travels in the address it redirects to, so it survives the
// redirect without JavaScript. Only a known code and a number are read back: the banner's words
// are ours, never the address's.

export interface ImportOutcome {
  outcome: "imported" | "replaced" | "unchanged";
  code: string;
  parts: number;
}

/** The query string (without "?") that tells the text page what an import did. */
export function importNoticeQuery({ outcome, code, parts }: ImportOutcome): string {
  return new URLSearchParams({ notice: outcome, code, parts: String(parts) }).toString();
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The confirmation to show for the page's query, or null when it names no import. */
export function importNoticeMessage(search: Readonly<Record<string, string | string[] | undefined>>): string | null {
  const notice = first(search.notice);
  if (notice === "unchanged") return "This file was already imported: nothing changed.";
  if (notice !== "imported" && notice !== "replaced") return null;
  const kind = textVersionKind(first(search.code));
  const parts = first(search.parts);
  if (!kind || !/^\d{1,7}$/.test(parts)) return null;
  const count = `${parts} ${parts === "1" ? "part" : "parts"}`;
  return notice === "imported" ? `Imported ${kind.name}: ${count}.` : `Replaced ${kind.name} with the new file: ${count}.`;
}

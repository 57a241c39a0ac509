import type { BillSnapshot } from "./snapshot";

// How a bill's fields appear in the edit form and in diffs: labels, and the text each field
// shows (lists one per line, links as "Label | address"). Shared by server pages and the
// client form, so it holds no Prisma and no secrets.

export const billFieldLabels = {
  slug: "Address of the bill's page",
  shortTitle: "Short title",
  aliases: "Other names (optional)",
  title: "Title",
  longTitle: "Long title",
  jurisdiction: "Legislature",
  region: "State (US state bills)",
  numbers: "Bill numbers",
  session: "Session",
  sponsors: "Sponsors",
  committees: "Committees",
  summary: "Summary",
  keyProvisions: "Key provisions",
  topics: "Topics",
  officialLinks: "Official links",
  verifiedOn: "Facts last checked on",
  editorialNote: "Editorial note",
} as const;

export type BillFieldName = keyof typeof billFieldLabels;
export type BillFormValues = Record<BillFieldName, string>;

export const billFieldNames = Object.keys(billFieldLabels) as BillFieldName[];

/** Extra rows a diff shows that the edit form does not (publication has its own controls). */
export const revisionOnlyLabels = { state: "Publication", publishAt: "Publish at (UTC)" } as const;

function linkLines(value: unknown): string {
  if (!Array.isArray(value)) return "";
  return value
    .map((link: unknown) => {
      const { label, url } = (link ?? {}) as { label?: unknown; url?: unknown };
      return `${String(label ?? "")} | ${String(url ?? "")}`;
    })
    .join("\n");
}

/** The text a field shows in the form, from a stored snapshot value. */
export function fieldText(name: BillFieldName | keyof typeof revisionOnlyLabels, value: unknown): string {
  if (name === "officialLinks") return linkLines(value);
  if (Array.isArray(value)) return value.map(String).join("\n");
  if (value === null || value === undefined) return "";
  return String(value);
}

export function billFormValues(snapshot: BillSnapshot): BillFormValues {
  return Object.fromEntries(billFieldNames.map((name) => [name, fieldText(name, snapshot[name])])) as BillFormValues;
}

export const emptyBillForm: BillFormValues = Object.fromEntries(billFieldNames.map((name) => [name, ""])) as BillFormValues;

/** Compare field texts as the form shows them, ignoring line-ending and trailing-space noise. */
export function sameText(a: string, b: string): boolean {
  const normalise = (text: string) =>
    text
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n")
      .trim();
  return normalise(a) === normalise(b);
}

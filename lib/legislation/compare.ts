import { NOT_RECORDED, provisionCategories, provisionCategoryLabels, type ProvisionCategory } from "./provision-categories";
import { SLUG_PATTERN } from "./schema";

// The comparison of /compare: which bills a reader asked for, and the table of categories by
// bills. Pure, so the parsing of the address and the "not recorded" rule have unit tests.

export interface ProvisionData {
  id: string;
  category: ProvisionCategory;
  text: string;
  citation: string | null;
  /** The text version and part it cites (lib/bill-text/citations.ts), when it cites one. */
  textVersionCode: string | null;
  textSection: string | null;
}

export interface ComparableBill {
  slug: string;
  shortTitle: string;
  jurisdiction: string;
  provisions: ProvisionData[];
}

/** At most this many bills side by side: beyond it no screen, or printed page, can hold the table. */
export const MAX_COMPARED = 6;

export interface CompareChoice {
  /** Known slugs, in the order asked, without repeats. */
  slugs: string[];
  /** What was asked for but is not a public bill, for a message. */
  unknown: string[];
  tooMany: boolean;
}

/**
 * The bills asked for, from `?bills=a,b` (the link to share) or `?bill=a&bill=b` (the chooser's
 * checkboxes without JavaScript), checked against the public bills.
 */
export function parseCompareParams(params: Record<string, string | string[] | undefined>, known: readonly string[]): CompareChoice {
  const listed = [params.bills, params.bill].flatMap((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));
  const asked = [...new Set(listed.flatMap((value) => value.split(",")).map((slug) => slug.trim().toLowerCase()).filter(Boolean))];
  const knownSet = new Set(known);
  const slugs = asked.filter((slug) => knownSet.has(slug));
  // Only slug-shaped strings are echoed back, so a page never repeats arbitrary input.
  const unknown = asked.filter((slug) => !knownSet.has(slug) && SLUG_PATTERN.test(slug) && slug.length <= 80);
  return { slugs: slugs.slice(0, MAX_COMPARED), unknown, tooMany: slugs.length > MAX_COMPARED };
}

/** The address of the comparison of these bills, as it is shared. */
export function compareHref(slugs: readonly string[], suffix = ""): string {
  return slugs.length ? `/compare${suffix}?bills=${slugs.map(encodeURIComponent).join(",")}` : `/compare${suffix}`;
}

export interface CompareRow {
  category: ProvisionCategory;
  label: string;
  /** One cell per bill, in the bills' order: its provisions in this category, empty when none is recorded. */
  cells: ProvisionData[][];
}

/** Every category, in the fixed order, by every bill chosen. */
export function compareRows(bills: readonly ComparableBill[]): CompareRow[] {
  return provisionCategories.map((category) => ({
    category,
    label: provisionCategoryLabels[category],
    cells: bills.map((bill) => bill.provisions.filter((provision) => provision.category === category)),
  }));
}

export const compareCsvColumns = ["bill_slug", "bill_short_title", "category", "category_label", "provision_id", "text", "citation"] as const;

/** The table as CSV rows: one per provision, and one saying "Not recorded" for each empty cell. */
export function compareCsvRows(bills: readonly ComparableBill[]): Record<(typeof compareCsvColumns)[number], string>[] {
  const rows = compareRows(bills);
  return bills.flatMap((bill, column) =>
    rows.flatMap((row) => {
      const base = { bill_slug: bill.slug, bill_short_title: bill.shortTitle, category: row.category, category_label: row.label };
      const cell = row.cells[column] ?? [];
      if (cell.length === 0) return [{ ...base, provision_id: "", text: NOT_RECORDED, citation: "" }];
      return cell.map((provision) => ({ ...base, provision_id: provision.id, text: provision.text, citation: provision.citation ?? "" }));
    }),
  );
}

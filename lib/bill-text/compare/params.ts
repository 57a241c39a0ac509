import type { ParamProblem, SearchParams } from "@/lib/legislation/public-params";

import type { BillWithText } from "../queries";

// The redline page's GET parameters: `from` and `to` (version codes), `toBill` (a companion
// bill's web address, when the newer side is another bill) and `view`. Anything unusable is
// reported next to its field, and a sensible pair is chosen instead, so the page always shows a form.

export const redlineViews = [
  { value: "inline", label: "Inline" },
  { value: "side", label: "Side by side" },
  { value: "changes", label: "Changes only" },
] as const;

export type RedlineViewValue = (typeof redlineViews)[number]["value"];

export interface CompareSelection {
  fromCode: string | null;
  toSlug: string;
  toCode: string | null;
  view: RedlineViewValue;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

export function readCompareParams(
  params: SearchParams,
  bill: { slug: string; versions: readonly { code: string; name: string }[] },
  billsWithText: readonly BillWithText[],
): { selection: CompareSelection; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const has = (versions: readonly { code: string }[], code: string | undefined) => code !== undefined && versions.some((version) => version.code === code);

  const viewParam = first(params.view);
  const view = redlineViews.find((option) => option.value === viewParam)?.value ?? "inline";
  if (viewParam && view !== viewParam) problems.push({ field: "view", message: "Choose inline, side by side or changes only." });

  const toBillParam = first(params.toBill);
  let target = billsWithText.find((other) => other.slug === (toBillParam ?? bill.slug)) ?? (toBillParam ? undefined : { ...bill, shortTitle: "" });
  if (!target) {
    problems.push({ field: "toBill", message: "No public bill with text has that web address. Choose one from the list." });
    target = { ...bill, shortTitle: "" };
  }
  const sameBill = target.slug === bill.slug;

  const fromParam = first(params.from);
  const toParam = first(params.to);
  if (fromParam && !has(bill.versions, fromParam)) problems.push({ field: "from", message: `This bill has no version “${fromParam}”. Choose one of its versions.` });
  if (toParam && !has(target.versions, toParam)) problems.push({ field: "to", message: `That bill has no version “${toParam}”. Choose one of its versions.` });

  // Without a choice, the two latest versions: what changed most recently.
  const latest = target.versions.at(-1)?.code ?? null;
  const toCode = has(target.versions, toParam) ? toParam! : latest;
  const fallbackFrom = sameBill ? (bill.versions.filter((version) => version.code !== toCode).at(-1)?.code ?? null) : (bill.versions.at(-1)?.code ?? null);
  const fromCode = has(bill.versions, fromParam) ? fromParam! : fallbackFrom;

  if (sameBill && fromCode !== null && fromCode === toCode && fromParam && toParam) {
    problems.push({ field: "to", message: "Choose a different version from the one you compare it with." });
  }
  return { selection: { fromCode: fromCode === toCode && sameBill ? null : fromCode, toSlug: target.slug, toCode, view }, problems };
}

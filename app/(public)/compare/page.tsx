import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { CompareTable } from "@/components/compare-table";
import { SubmitButton } from "@/components/filter-fields";
import { checkboxClass } from "@/components/forms/styles";
import { compareHref, MAX_COMPARED, parseCompareParams } from "@/lib/legislation/compare";
import { getComparableBills } from "@/lib/legislation/public-cache";
import { legislatureName } from "@/lib/legislation/process";
import type { SearchParams } from "@/lib/legislation/public-params";

// Rendered per request from one cached read of every public bill's provisions
// (docs/decisions/0022-advocates-tools.md).
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const params = await searchParams;
  return {
    title: "Compare bills",
    description: "What each bill does, side by side: offences, platform duties, deadlines, enforcement and penalties.",
    alternates: { canonical: "/compare" },
    robots: Object.values(params).some(Boolean) ? { index: false, follow: true } : undefined,
  };
}

export default async function ComparePage({ searchParams }: PageProps) {
  const [params, all] = await Promise.all([searchParams, getComparableBills()]);
  const choice = parseCompareParams(params, all.map((bill) => bill.slug));
  // The chooser's checkboxes arrive as ?bill=a&bill=b; the address to share is ?bills=a,b.
  if (params.bill !== undefined) redirect(compareHref(choice.slugs));
  const chosen = choice.slugs.flatMap((slug) => all.filter((bill) => bill.slug === slug));
  const csvHref = compareHref(choice.slugs, ".csv");

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Compare bills</h1>
      <p className="mt-4 max-w-2xl text-lg">
        What each bill does, side by side, by category. Where a bill has nothing recorded in a category, the table says
        &ldquo;Not recorded&rdquo;: it may still have such a provision, and we do not guess.
      </p>

      <form method="get" action="/compare" aria-labelledby="choose-heading" className="mt-8 bg-panel p-4 sm:p-6 print:hidden">
        <fieldset>
          <legend id="choose-heading" className="text-xl font-bold">
            Choose bills to compare
          </legend>
          <p className="text-sm text-muted">Up to {MAX_COMPARED}.</p>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {all.map((bill) => (
              <li key={bill.slug} className="flex gap-3">
                <input
                  id={`bill-${bill.slug}`}
                  type="checkbox"
                  name="bill"
                  value={bill.slug}
                  defaultChecked={choice.slugs.includes(bill.slug)}
                  className={checkboxClass}
                />
                <label htmlFor={`bill-${bill.slug}`}>
                  {bill.shortTitle} <span className="block text-sm text-muted">{legislatureName(bill.jurisdiction)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="mt-5">
          <SubmitButton>Compare</SubmitButton>
        </div>
      </form>

      {choice.unknown.length ? (
        <p role="status" className="mt-6 font-bold text-error">
          Not a published bill, so left out: {choice.unknown.join(", ")}. Choose from the list above.
        </p>
      ) : null}
      {choice.tooMany ? (
        <p role="status" className="mt-6 font-bold text-error">
          Only the first {MAX_COMPARED} bills are compared. Choose fewer to see others.
        </p>
      ) : null}

      {chosen.length === 0 ? (
        <p className="mt-8">Choose at least one bill above to see its provisions by category.</p>
      ) : (
        <>
          <CompareTable bills={chosen} />
          <ul className="mt-6 space-y-2 print:hidden">
            <li>
              Link to this comparison: <Link href={compareHref(choice.slugs)}>{compareHref(choice.slugs)}</Link>
            </li>
            <li>
              <a href={csvHref} download>
                Download this comparison as CSV
              </a>{" "}
              (one row per provision, and one per empty cell)
            </li>
          </ul>
        </>
      )}
    </>
  );
}

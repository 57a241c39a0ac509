import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CompareForm } from "@/components/bill-text/compare-form";
import { CompareSummary } from "@/components/bill-text/compare-summary";
import { Redline } from "@/components/bill-text/redline";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { readCompareParams } from "@/lib/bill-text/compare/params";
import { getBillsWithText, getPublicComparison } from "@/lib/bill-text/public-compare";
import type { SearchParams } from "@/lib/legislation/public-params";
import { getBill } from "@/lib/legislation/public-cache";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md); the
// comparison itself is cached by the two files' hashes (docs/decisions/0029-redlines.md).
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}

async function load({ params }: PageProps) {
  const { slug } = await params;
  const bill = await getBill(slug);
  if (!bill) notFound();
  return bill;
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const bill = await load(props);
  return {
    title: `Compare versions of the ${bill.shortTitle}`,
    description: `What changed in the ${bill.shortTitle}'s text between two versions, section by section.`,
    alternates: { canonical: `/bills/${bill.slug}/text/compare` },
  };
}

export default async function CompareVersionsPage(props: PageProps) {
  const bill = await load(props);
  const billsWithText = await getBillsWithText();
  const versions = bill.textVersions.map(({ code, name }) => ({ code, name }));
  const { selection, problems } = readCompareParams(await props.searchParams, { slug: bill.slug, versions }, billsWithText);
  const target = billsWithText.find((other) => other.slug === selection.toSlug) ?? { slug: bill.slug, shortTitle: bill.shortTitle, versions };
  const otherBills = billsWithText.filter((other) => other.slug !== bill.slug);
  const canCompare = selection.fromCode !== null && selection.toCode !== null && problems.length === 0;
  const result = canCompare ? await getPublicComparison({ slug: bill.slug, code: selection.fromCode! }, { slug: selection.toSlug, code: selection.toCode! }) : null;

  return (
    <article aria-labelledby="compare-title">
      <Breadcrumbs
        trail={[{ href: "/", label: "Status board" }, { href: `/bills/${bill.slug}`, label: bill.shortTitle }, { href: `/bills/${bill.slug}/text`, label: "Text" }]}
        current="Compare versions"
      />
      <p className="mt-6 text-lg text-muted">{bill.shortTitle}</p>
      <h1 id="compare-title" className="mt-1 text-3xl font-bold leading-tight break-words sm:text-4xl">
        {result?.ok ? `${result.from.version.name} to ${result.to.version.name}` : "Compare versions"}
      </h1>
      {result?.ok && selection.toSlug !== bill.slug ? <p className="mt-2 text-lg">Compared with the {result.to.bill.shortTitle}.</p> : null}

      {versions.length === 0 ? (
        <p className="mt-4 max-w-2xl text-lg">
          No version of this bill&rsquo;s text has been imported yet, so there is nothing to compare. <Link href={`/bills/${bill.slug}`}>Back to the bill</Link>.
        </p>
      ) : (
        <>
          {versions.length === 1 && otherBills.length === 0 ? (
            <p className="mt-4 max-w-2xl text-lg">
              Only one version of this bill&rsquo;s text has been imported: <Link href={`/bills/${bill.slug}/text/${versions[0]!.code}`}>read it in full</Link>. A comparison needs a second.
            </p>
          ) : null}
          <CompareForm slug={bill.slug} versions={versions} target={target} otherBills={otherBills} selection={selection} problems={problems} />
        </>
      )}

      {result?.ok ? (
        <>
          <CompareSummary comparison={result.comparison} />
          <section aria-labelledby="redline-heading" className="mt-10">
            <h2 id="redline-heading" className="text-2xl font-bold">
              {selection.view === "changes" ? "What changed" : "The text, with changes marked"}
            </h2>
            <Redline
              comparison={result.comparison}
              view={selection.view}
              from={{ name: result.from.version.name, href: `/bills/${result.from.bill.slug}/text/${result.from.version.code}` }}
              to={{ name: result.to.version.name, href: `/bills/${result.to.bill.slug}/text/${result.to.version.code}` }}
            />
          </section>
        </>
      ) : null}
    </article>
  );
}

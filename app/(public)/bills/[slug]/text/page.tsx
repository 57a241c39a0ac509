import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { TextVersionList } from "@/components/bill-text/text-version-list";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getBill } from "@/lib/legislation/public-cache";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md).
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ slug: string }>;
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
    title: `Text of the ${bill.shortTitle}`,
    description: `Every version of the ${bill.shortTitle}'s text imported so far, from its official files.`,
    alternates: { canonical: `/bills/${bill.slug}/text` },
  };
}

export default async function BillTextPage(props: PageProps) {
  const bill = await load(props);
  return (
    <article aria-labelledby="text-title">
      <Breadcrumbs trail={[{ href: "/", label: "Status board" }, { href: `/bills/${bill.slug}`, label: bill.shortTitle }]} current="Text" />
      <h1 id="text-title" className="mt-6 text-3xl font-bold leading-tight break-words sm:text-4xl">
        Text of the {bill.shortTitle}
      </h1>
      {bill.textVersions.length ? (
        <>
          <p className="mt-4 max-w-2xl text-lg">Each version as it was officially published, oldest first.</p>
          <TextVersionList slug={bill.slug} versions={bill.textVersions} />
          {bill.textVersions.length > 1 ? (
            <p className="mt-6 text-lg">
              <Link href={`/bills/${bill.slug}/text/compare`}>Compare two versions</Link>: what changed, section by section.
            </p>
          ) : null}
        </>
      ) : (
        <p className="mt-4 max-w-2xl text-lg">No version of this bill&rsquo;s text has been imported yet.</p>
      )}
    </article>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TextContents, TextReader } from "@/components/bill-text/text-reader";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Day } from "@/components/day";
import { textFormatLabel } from "@/lib/bill-text/format-labels";
import { getPublicTextVersion } from "@/lib/bill-text/public-cache";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md).
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ slug: string; code: string }>;
}

async function load({ params }: PageProps) {
  const { slug, code } = await params;
  const found = await getPublicTextVersion(slug, code);
  if (!found) notFound();
  return found;
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const { bill, version } = await load(props);
  return {
    title: `${bill.shortTitle}: ${version.name}`,
    description: `The text of the ${bill.shortTitle} as ${version.name.toLowerCase()}, section by section.`,
    alternates: { canonical: `/bills/${bill.slug}/text/${version.code}` },
  };
}

export default async function BillTextVersionPage(props: PageProps) {
  const { bill, version } = await load(props);
  const { tree } = version;
  return (
    <article aria-labelledby="version-title">
      <Breadcrumbs trail={[{ href: "/", label: "Status board" }, { href: `/bills/${bill.slug}`, label: bill.shortTitle }, { href: `/bills/${bill.slug}/text`, label: "Text" }]} current={version.name} />
      <p className="mt-6 text-lg text-muted">{bill.shortTitle}</p>
      <h1 id="version-title" className="mt-1 text-3xl font-bold leading-tight break-words sm:text-4xl">
        {version.name}
      </h1>
      {tree.title ? <p className="mt-4 max-w-3xl text-lg">{tree.title}</p> : null}
      <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {version.versionDate ? (
          <>
            <dt className="font-bold">Date</dt>
            <dd>
              <Day value={version.versionDate} />
            </dd>
          </>
        ) : null}
        <dt className="font-bold">Version code</dt>
        <dd>{version.code}</dd>
        <dt className="font-bold">Read from</dt>
        <dd>{textFormatLabel(version.format)}</dd>
        {version.sourceUrl ? (
          <>
            <dt className="font-bold">Source</dt>
            <dd className="break-all">
              <a href={version.sourceUrl} rel="noopener">
                {version.sourceUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt className="font-bold">SHA-256 of the file</dt>
        <dd className="break-all font-mono">{version.sha256}</dd>
      </dl>

      <nav aria-labelledby="contents-heading" className="mt-8 bg-panel p-4 sm:p-6">
        <h2 id="contents-heading" className="text-xl font-bold">
          Contents
        </h2>
        <TextContents nodes={tree.body} />
      </nav>

      <TextReader nodes={tree.body} />
    </article>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BillPage } from "@/components/bill-page";
import { siteUrl } from "@/lib/config";
import { viewBill } from "@/lib/legislation/bill-view";
import { formatIsoDay, today } from "@/lib/legislation/dates";
import { getBill, getPublicBills } from "@/lib/legislation/public-cache";
import { parseAsOf, parseEmbedTheme, parseHistoryOrder, type SearchParams } from "@/lib/legislation/public-params";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md); any
// `asOf` day is computed from the same cached bill, so it costs no query.
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}

async function load({ params, searchParams }: PageProps) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  const bill = await getBill(slug);
  if (!bill) notFound();
  const { asOf, problems } = parseAsOf(search, today());
  const publicSlugs = new Set((await getPublicBills()).map((entry) => entry.slug));
  return { bill, view: viewBill(bill, { asOf, today: today(), publicSlugs }), problems, historyOrder: parseHistoryOrder(search), embedTheme: parseEmbedTheme(search) };
}

const DESCRIPTION_LENGTH = 200;

/** The summary's opening, as plain text, for search results and link previews. */
function openingOf(markdown: string): string {
  const text = markdown.replace(/[*_`#>[\]]/g, "").replace(/\s+/g, " ").trim();
  const sentence = text.slice(0, text.search(/\.(\s|$)/) + 1) || text;
  if (sentence.length <= DESCRIPTION_LENGTH) return sentence;
  const cut = sentence.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const { bill, view } = await load(props);
  const title = view.asOf ? `${bill.shortTitle} as it stood on ${formatIsoDay(view.asOf)}` : bill.shortTitle;
  const description = `${view.status.sentence ? `${view.status.sentence}. ` : ""}${openingOf(bill.summary)}`;
  const path = `/bills/${bill.slug}`;
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: {
        "application/atom+xml": [{ url: `${path}/feed.xml`, title: `${bill.shortTitle}: status changes` }],
        "text/calendar": [{ url: `${path}/calendar.ics`, title: `${bill.shortTitle}: key dates` }],
        "application/json": [{ url: `/api/v1/bills/${bill.slug}`, title: `${bill.shortTitle}: data` }],
      },
    },
    openGraph: { type: "article", title, description, url: path },
  };
}

export default async function BillPageRoute(props: PageProps) {
  const { bill, view, problems, historyOrder, embedTheme } = await load(props);
  return (
    <BillPage
      bill={bill}
      view={view}
      problems={problems}
      historyOrder={historyOrder}
      embedTheme={embedTheme}
      canonicalUrl={`${siteUrl()}/bills/${bill.slug}`}
    />
  );
}

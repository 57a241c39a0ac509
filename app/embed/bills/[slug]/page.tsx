import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EmbedCard } from "@/components/embed/embed-card";
import { siteUrl } from "@/lib/config";
import { getCachedEmbedBill } from "@/lib/embed/public-cache";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md). The only
// page other sites may frame: see next.config.ts.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bill = await getCachedEmbedBill((await params).slug);
  return {
    title: bill ? `${bill.shortTitle}: where it stands` : "Bill not found",
    // The widget is a copy of the bill page's summary; search engines should index the page.
    robots: { index: false, follow: true },
  };
}

export default async function EmbedBillPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const bill = await getCachedEmbedBill(slug);
  if (!bill) notFound();
  const theme = query.theme === "light" || query.theme === "dark" ? query.theme : undefined;
  return <EmbedCard bill={bill} theme={theme} siteUrl={siteUrl()} />;
}

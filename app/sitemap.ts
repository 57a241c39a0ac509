import type { MetadataRoute } from "next";

import { getBillsWithText } from "@/lib/bill-text/public-compare";
import { siteUrl } from "@/lib/config";
import { getPublicBills } from "@/lib/legislation/public-cache";

// Built per request from the cached bill list: it needs the database, which the build has not.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const [bills, withText] = await Promise.all([getPublicBills(), getBillsWithText()]);
  const latest = bills.reduce<string | undefined>((max, bill) => (!max || bill.updatedAt > max ? bill.updatedAt : max), undefined);
  return [
    { url: `${origin}/`, lastModified: latest, changeFrequency: "daily", priority: 1 },
    { url: `${origin}/timeline`, lastModified: latest, changeFrequency: "daily", priority: 0.8 },
    { url: `${origin}/facts`, changeFrequency: "monthly", priority: 0.5 },
    { url: `${origin}/corrections`, changeFrequency: "weekly", priority: 0.5 },
    ...bills.map((bill) => ({
      url: `${origin}/bills/${bill.slug}`,
      lastModified: bill.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.9,
    })),
    ...withText.flatMap((bill) => [
      { url: `${origin}/bills/${bill.slug}/text`, changeFrequency: "weekly" as const, priority: 0.6 },
      ...bill.versions.map((version) => ({ url: `${origin}/bills/${bill.slug}/text/${version.code}`, changeFrequency: "yearly" as const, priority: 0.5 })),
    ]),
  ];
}

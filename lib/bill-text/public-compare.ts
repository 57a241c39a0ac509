import "server-only";

import { unstable_cache } from "next/cache";
import { cache } from "react";

import { db } from "@/lib/db/client";
import { tags } from "@/lib/legislation/cache-tags";

import { cachedComparison } from "./compare/cache";
import { getPublicTextVersion } from "./public-cache";
import { listBillsWithText } from "./queries";

// What the redline page and the API read: two public versions (of one bill, or of companions)
// and their comparison, computed once per pair of files (./compare/cache.ts).

const REFRESH_SECONDS = 60;

/** Public bills with text, for choosing what to compare against; expired by any bill's change. */
export const getBillsWithText = cache(() =>
  unstable_cache(() => listBillsWithText(db, new Date()), ["bills-with-text"], { tags: [tags.allBills], revalidate: REFRESH_SECONDS })(),
);

export interface ComparisonSide {
  slug: string;
  code: string;
}

/** Both versions and their redline, or which side is unknown. */
export async function getPublicComparison(from: ComparisonSide, to: ComparisonSide) {
  const [older, newer] = await Promise.all([getPublicTextVersion(from.slug, from.code), getPublicTextVersion(to.slug, to.code)]);
  if (!older || !newer) return { ok: false as const, missing: !older ? ("from" as const) : ("to" as const) };
  const { comparison, cached } = cachedComparison(older.version, newer.version);
  return { ok: true as const, from: older, to: newer, comparison, cached };
}

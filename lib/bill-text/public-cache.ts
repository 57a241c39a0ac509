import "server-only";

import { unstable_cache } from "next/cache";
import { cache } from "react";

import { db } from "@/lib/db/client";
import { tags } from "@/lib/legislation/cache-tags";
import { getBill } from "@/lib/legislation/public-cache";

import { getTextVersionView } from "./queries";

// The reading pages of a bill's text, through Next's data cache like the bill's own page
// (docs/decisions/0002-rendering-and-caching.md). Only a code the public bill lists is read, so
// the cache keys are a closed set; an import expires the bill's tag.

const REFRESH_SECONDS = 60;

/** The public bill and its version `code` with the section tree, or null when either is unknown. */
export const getPublicTextVersion = cache(async (slug: string, code: string) => {
  const bill = await getBill(slug);
  if (!bill || !bill.textVersions.some((version) => version.code === code)) return null;
  const version = await unstable_cache(() => getTextVersionView(db, slug, code), ["bill-text-version", slug, code], {
    tags: [tags.bill(slug), tags.allBills],
    revalidate: REFRESH_SECONDS,
  })();
  return version ? { bill, version } : null;
});

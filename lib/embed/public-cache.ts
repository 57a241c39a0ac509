import "server-only";

import { unstable_cache } from "next/cache";

import { db } from "@/lib/db/client";
import { tags } from "@/lib/legislation/cache-tags";

import { getEmbedBill } from "./queries";

// The widget's data, cached under the bill's tag like the bill page (see
// docs/decisions/0002-rendering-and-caching.md).

export function getCachedEmbedBill(slug: string) {
  return unstable_cache(() => getEmbedBill(db, slug), ["embed-bill", slug], {
    tags: [tags.bill(slug), tags.billList],
    revalidate: 60,
  })();
}

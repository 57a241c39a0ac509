import "server-only";

import { unstable_cache } from "next/cache";

import { db } from "@/lib/db/client";
import { tags } from "@/lib/legislation/cache-tags";

import type { ApiReads } from "./handlers";
import { getApiBill, listApiBills, listExportBills } from "./queries";

// The API's reads for the routes, cached under the same tags as the public pages (see
// docs/decisions/0002-rendering-and-caching.md): a command that changes a bill expires them.

// Scheduled bills become public without any write, so lists also refresh every minute.
const LIST_REFRESH_SECONDS = 60;

export const cachedApiReads: ApiReads = {
  billsPage: unstable_cache((query) => listApiBills(db, query), ["api-bills-page"], {
    tags: [tags.billList],
    revalidate: LIST_REFRESH_SECONDS,
  }),
  bill: (slug) =>
    unstable_cache(() => getApiBill(db, slug), ["api-bill", slug], {
      tags: [tags.bill(slug), tags.billList, tags.allBills],
      revalidate: LIST_REFRESH_SECONDS,
    })(),
  exportBills: unstable_cache(() => listExportBills(db), ["api-export"], {
    tags: [tags.billList],
    revalidate: LIST_REFRESH_SECONDS,
  }),
};

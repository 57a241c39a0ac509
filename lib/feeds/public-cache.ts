import "server-only";

import { unstable_cache } from "next/cache";

import { db } from "@/lib/db/client";
import { tags } from "@/lib/legislation/cache-tags";

import type { FeedReads } from "./handlers";
import { loadBillCalendar, loadBillFeed, loadSiteCalendar, loadSiteFeed } from "./queries";

// Feed and calendar data for the routes, cached under the public pages' tags (see
// docs/decisions/0002-rendering-and-caching.md), refreshed every minute for scheduled bills.

const REFRESH_SECONDS = 60;

export const cachedFeedReads: FeedReads = {
  siteFeed: unstable_cache(() => loadSiteFeed(db), ["feed-site"], { tags: [tags.billList], revalidate: REFRESH_SECONDS }),
  billFeed: (slug) =>
    unstable_cache(() => loadBillFeed(db, slug), ["feed-bill", slug], {
      tags: [tags.bill(slug), tags.billList],
      revalidate: REFRESH_SECONDS,
    })(),
  siteCalendar: unstable_cache(() => loadSiteCalendar(db), ["calendar-site"], {
    tags: [tags.billList],
    revalidate: REFRESH_SECONDS,
  }),
  billCalendar: (slug) =>
    unstable_cache(() => loadBillCalendar(db, slug), ["calendar-bill", slug], {
      tags: [tags.bill(slug), tags.billList],
      revalidate: REFRESH_SECONDS,
    })(),
};

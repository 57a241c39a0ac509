import "server-only";

import { unstable_cache } from "next/cache";

import { db } from "@/lib/db/client";

import { tags } from "./cache-tags";
import { listBoardBills } from "./queries";

// Public pages read through these: the first request after a change runs the query, the rest
// are served from Next's data cache until a command expires the tag. See
// docs/decisions/0002-rendering-and-caching.md.

// A scheduled bill becomes visible without any write, so lists are also refreshed every minute.
const LIST_REFRESH_SECONDS = 60;

export const getBoardBills = unstable_cache(() => listBoardBills(db), ["board-bills"], {
  tags: [tags.billList],
  revalidate: LIST_REFRESH_SECONDS,
});

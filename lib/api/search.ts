import "server-only";

import type { Database } from "@/lib/db/client";
import { normaliseSearchQuery } from "@/lib/legislation/search-query";

// The API's `q` parameter: the same PostgreSQL full-text search as the public board (each
// bill's generated search vector and the per-bill document of its effective status events,
// both GIN-indexed), so a query finds the same bills in both places.

/** Ids of bills (any state: callers add the visibility filter) that match `q`. */
export async function searchBillIds(db: Pick<Database, "$queryRaw">, q: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${normaliseSearchQuery(q)}) AS q)
    SELECT b."id" FROM "Bill" b CROSS JOIN query
    WHERE b."searchVector" @@ query.q OR b."eventSearchVector" @@ query.q`;
  return rows.map((row) => row.id);
}

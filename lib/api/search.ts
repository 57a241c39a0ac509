import "server-only";

import type { Database } from "@/lib/db/client";
import { normaliseSearchQuery } from "@/lib/legislation/search-query";

// The API's `q` parameter: the same PostgreSQL full-text search as the public board (the
// generated search vectors of bills and of their effective status events, GIN-indexed), so a
// query finds the same bills in both places.

/** Ids of bills (any state: callers add the visibility filter) that match `q`. */
export async function searchBillIds(db: Pick<Database, "$queryRaw">, q: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${normaliseSearchQuery(q)}) AS q)
    SELECT b."id" FROM "Bill" b CROSS JOIN query WHERE b."searchVector" @@ query.q
    UNION
    SELECT e."billId" FROM "StatusEvent" e CROSS JOIN query
    WHERE e."searchVector" @@ query.q
      AND e."retractedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c."correctsId" = e."id")`;
  return rows.map((row) => row.id);
}

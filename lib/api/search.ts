import "server-only";

import type { Database } from "@/lib/db/client";

// The API's `q` parameter, behind one function so the full-text search of the public site can
// replace this simple match without touching the API. Until then: a case-insensitive substring
// match over titles, summary and bill numbers, where numbers also match without punctuation
// ("HR 633" finds H.R.633).

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Ids of bills (any state: callers add the visibility filter) that match `q`. */
export async function searchBillIds(db: Pick<Database, "$queryRaw">, q: string): Promise<string[]> {
  const pattern = likePattern(q);
  const compact = q.toLowerCase().replace(/[^a-z0-9]/g, "");
  const numberPattern = compact ? likePattern(compact) : null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT b."id" FROM "Bill" b
    WHERE b."shortTitle" ILIKE ${pattern}
       OR b."title" ILIKE ${pattern}
       OR b."longTitle" ILIKE ${pattern}
       OR b."summary" ILIKE ${pattern}
       OR EXISTS (
         SELECT 1 FROM unnest(b."numbers") AS n(number)
         WHERE n.number ILIKE ${pattern}
            OR (${numberPattern}::text IS NOT NULL
                AND regexp_replace(lower(n.number), '[^a-z0-9]', '', 'g') LIKE ${numberPattern})
       )`;
  return rows.map((row) => row.id);
}

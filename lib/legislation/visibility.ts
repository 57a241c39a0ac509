import { Prisma } from "@/lib/db/generated/client";

import { SLUG_PATTERN } from "./schema";

// Who sees which bills. Lists take their `where` from here, so no public query can forget the
// draft filter: a bill is public once published, or once its scheduled time has passed.

/** The Prisma filter for bills the public may see at `now`. */
export function publicBillWhere(now: Date): Prisma.BillWhereInput {
  return {
    OR: [{ state: "published" }, { state: "scheduled", publishAt: { lte: now } }],
  };
}

/**
 * publicBillWhere as SQL over a bill aliased `b`, for the queries that order and page in SQL
 * (the board). Keep the two together: board.int.test.ts checks they agree.
 */
export function publicBillSql(now: Date): Prisma.Sql {
  return Prisma.sql`(b."state" = 'published' OR (b."state" = 'scheduled' AND b."publishAt" <= ${now}))`;
}

/**
 * The filter for the public bill at an address. An address that cannot be a slug (it came from
 * a URL, so it can hold anything, even a NUL that PostgreSQL would refuse) matches nothing
 * rather than reaching the database as a parameter.
 */
export function publicBillWithSlug(slug: string, now: Date): Prisma.BillWhereInput {
  if (slug.length > 80 || !SLUG_PATTERN.test(slug)) return { id: { in: [] } };
  return { AND: [{ slug }, publicBillWhere(now)] };
}

export function isPublic(bill: { state: string; publishAt: Date | null }, now: Date): boolean {
  return bill.state === "published" || (bill.state === "scheduled" && !!bill.publishAt && bill.publishAt <= now);
}

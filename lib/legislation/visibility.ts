import type { Prisma } from "@/lib/db/generated/client";

// Who sees which bills. Lists take their `where` from here, so no public query can forget the
// draft filter: a bill is public once published, or once its scheduled time has passed.

/** The Prisma filter for bills the public may see at `now`. */
export function publicBillWhere(now: Date): Prisma.BillWhereInput {
  return {
    OR: [{ state: "published" }, { state: "scheduled", publishAt: { lte: now } }],
  };
}

export function isPublic(bill: { state: string; publishAt: Date | null }, now: Date): boolean {
  return bill.state === "published" || (bill.state === "scheduled" && !!bill.publishAt && bill.publishAt <= now);
}

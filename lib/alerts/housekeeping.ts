import "server-only";

import type { Database } from "@/lib/db/client";

import { CONFIRM_LINK_DAYS } from "./commands/confirm-subscription";

// Addresses that were never confirmed are not kept: once their link has expired, the request
// and anything still queued for it are deleted. The worker runs this with its digest check.

const DAY_MS = 24 * 60 * 60 * 1000;

export async function purgeUnconfirmedSubscriptions(db: Database, now: Date = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const expired = await tx.subscription.findMany({
      where: { confirmedAt: null, createdAt: { lt: new Date(now.getTime() - CONFIRM_LINK_DAYS * DAY_MS) } },
      select: { id: true },
      take: 500,
    });
    const ids = expired.map((row) => row.id);
    if (ids.length === 0) return 0;
    await tx.outbox.deleteMany({ where: { channel: "email", status: "pending", recipient: { in: ids } } });
    await tx.subscription.deleteMany({ where: { id: { in: ids } } });
    return ids.length;
  });
}

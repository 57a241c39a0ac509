import "server-only";

import type { Prisma } from "@/lib/db/generated/client";

// Who hears of a change to a bill at once: every confirmed immediate subscription to that bill
// or to every bill, one per address. A daily subscriber reads the same news in the digest.

/** One subscription per address; the one to this bill wins, since its unsubscribe link is the narrower one. */
export async function immediateSubscriptionsTo(tx: Prisma.TransactionClient, billId: string): Promise<{ id: string }[]> {
  const subscriptions = await tx.subscription.findMany({
    where: { confirmedAt: { not: null }, frequency: "immediate", OR: [{ billId }, { billId: null }] },
    select: { id: true, email: true, billId: true },
    orderBy: { id: "asc" },
  });
  const byAddress = new Map<string, (typeof subscriptions)[number]>();
  for (const subscription of subscriptions) {
    const held = byAddress.get(subscription.email);
    if (!held || (held.billId === null && subscription.billId !== null)) byAddress.set(subscription.email, subscription);
  }
  return [...byAddress.values()].map(({ id }) => ({ id }));
}

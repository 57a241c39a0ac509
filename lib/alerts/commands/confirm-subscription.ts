import "server-only";

import type { Database } from "@/lib/db/client";

import { fail, ok, type CommandResult } from "../result";
import { linkTokenSchema } from "../schema";
import { hashToken } from "../tokens";

// The second half of double opt-in: the link's token, used once. Confirming replaces any
// earlier subscription of the same address to the same bill (or to all bills), so asking again
// is how a subscriber changes between immediate alerts and the daily summary.

export const CONFIRM_LINK_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ConfirmedSubscription {
  bill: { slug: string; shortTitle: string } | null;
  frequency: "immediate" | "daily";
}

export async function confirmSubscription(
  database: Database,
  input: unknown,
  now: Date = new Date(),
): Promise<CommandResult<ConfirmedSubscription>> {
  const parsed = linkTokenSchema.safeParse(input);
  if (!parsed.success) return fail("validation", "This link is incomplete. Copy the whole link from the email into your browser.");

  return database.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({
      where: { confirmTokenHash: hashToken(parsed.data.token) },
      select: { id: true, email: true, billId: true, frequency: true, createdAt: true, bill: { select: { slug: true, shortTitle: true } } },
    });
    if (!subscription) {
      return fail("not_found", "This link has already been used, or is not a confirmation link. If your alerts are not working, sign up again.");
    }
    if (subscription.createdAt.getTime() < now.getTime() - CONFIRM_LINK_DAYS * DAY_MS) {
      return fail("expired", `This link was valid for ${CONFIRM_LINK_DAYS} days and has expired. Sign up again to get a new one.`);
    }
    // Who asked is needed only to limit requests; a confirmed subscription forgets it.
    await tx.subscription.update({ where: { id: subscription.id }, data: { confirmedAt: now, confirmTokenHash: null, requestedFrom: null } });

    const replaced = await tx.subscription.findMany({
      where: { email: subscription.email, billId: subscription.billId, id: { not: subscription.id } },
      select: { id: true },
    });
    const replacedIds = replaced.map((row) => row.id);
    if (replacedIds.length > 0) {
      await tx.outbox.deleteMany({ where: { channel: "email", status: "pending", recipient: { in: replacedIds } } });
      await tx.subscription.deleteMany({ where: { id: { in: replacedIds } } });
    }
    await tx.auditLog.create({
      data: {
        action: "subscription.confirmed",
        entityType: "subscription",
        entityId: subscription.id,
        after: { bill: subscription.bill?.slug ?? "all", frequency: subscription.frequency, replaced: replacedIds },
      },
    });
    return ok({ bill: subscription.bill, frequency: subscription.frequency });
  });
}

import "server-only";

import type { Database } from "@/lib/db/client";

import { fail, ok, type CommandResult } from "../result";
import { linkTokenSchema } from "../schema";
import { hashToken } from "../tokens";

// One-click unsubscribe (RFC 8058): the token in the link is the only credential, so it works
// without a session. The subscription is deleted, with its address, and any e-mail still queued
// for it; asking twice is not an error.

export async function unsubscribe(database: Database, input: unknown): Promise<CommandResult<{ removed: boolean }>> {
  const parsed = linkTokenSchema.safeParse(input);
  if (!parsed.success) return fail("validation", "This unsubscribe link is incomplete. Copy the whole link from the email into your browser.");

  return database.$transaction(async (tx) => {
    const subscription = await tx.subscription.findFirst({
      where: { unsubscribeTokenHashes: { has: hashToken(parsed.data.token) } },
      select: { id: true, frequency: true, bill: { select: { slug: true } } },
    });
    if (!subscription) return ok({ removed: false });
    await tx.outbox.deleteMany({ where: { channel: "email", status: "pending", recipient: subscription.id } });
    await tx.subscription.delete({ where: { id: subscription.id } });
    await tx.auditLog.create({
      data: {
        action: "subscription.cancelled",
        entityType: "subscription",
        entityId: subscription.id,
        before: { bill: subscription.bill?.slug ?? "all", frequency: subscription.frequency },
      },
    });
    return ok({ removed: true });
  });
}

import "server-only";

import type { Database } from "@/lib/db/client";

import { can, type Actor } from "../policy";
import { fail, ok, type CommandResult } from "../result";
import { setWebhookActiveSchema } from "../schema";

// Switching a webhook off or on again: administrators only.

export async function setWebhookActive(database: Database, actor: Actor | null, input: unknown): Promise<CommandResult<{ id: string; active: boolean }>> {
  if (!can(actor, "manage:webhook:any")) return fail("forbidden", "Only administrators can manage webhooks.");
  const parsed = setWebhookActiveSchema.safeParse(input);
  if (!parsed.success) return fail("validation", "Choose a webhook from the list.");
  const { id, active } = parsed.data;
  return database.$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id }, select: { active: true } });
    if (!webhook) return fail("not_found", "That webhook no longer exists.");
    await tx.webhook.update({ where: { id }, data: { active } });
    let cancelled = 0;
    if (!active) {
      // Queued events are not held back for a receiver that was switched off: they are marked
      // failed, where an administrator can see and resend them.
      cancelled = (
        await tx.outbox.updateMany({
          where: { webhookId: id, status: "pending" },
          data: { status: "failed", lastError: "The webhook was switched off before this was delivered." },
        })
      ).count;
    }
    await tx.auditLog.create({
      data: {
        actorId: actor?.id,
        action: active ? "webhook.activated" : "webhook.deactivated",
        entityType: "webhook",
        entityId: id,
        before: { active: webhook.active },
        after: { active, cancelledDeliveries: cancelled },
      },
    });
    return ok({ id, active });
  });
}

import "server-only";

import type { Database } from "@/lib/db/client";

import { can, type Actor } from "../policy";
import { fail, ok, type CommandResult } from "../result";
import { webhookIdSchema } from "../schema";

// Deleting a webhook: administrators only.

export async function deleteWebhook(database: Database, actor: Actor | null, input: unknown): Promise<CommandResult<{ id: string }>> {
  if (!can(actor, "manage:webhook:any")) return fail("forbidden", "Only administrators can manage webhooks.");
  const parsed = webhookIdSchema.safeParse(input);
  if (!parsed.success) return fail("validation", "Choose a webhook from the list.");
  return database.$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id: parsed.data.id }, select: { id: true, url: true, description: true } });
    if (!webhook) return fail("not_found", "That webhook no longer exists.");
    // Its delivery log goes with it (ON DELETE CASCADE); the audit row keeps where it pointed.
    await tx.webhook.delete({ where: { id: webhook.id } });
    await tx.auditLog.create({
      data: {
        actorId: actor?.id,
        action: "webhook.deleted",
        entityType: "webhook",
        entityId: webhook.id,
        before: { url: webhook.url, description: webhook.description },
      },
    });
    return ok({ id: webhook.id });
  });
}

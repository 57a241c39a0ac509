import "server-only";

import type { Database } from "@/lib/db/client";

import { can, type Actor } from "../policy";
import { fail, fieldErrorsOf, ok, type CommandResult } from "../result";
import { createWebhookSchema, setWebhookActiveSchema, webhookIdSchema } from "../schema";
import { newWebhookSecret } from "../tokens";

// Registering and managing webhooks: administrators only. The secret is stored as it is (the
// worker needs it to sign) and is never written to the audit log.

const forbidden = () => fail("forbidden", "Only administrators can manage webhooks.");

export async function createWebhook(
  database: Database,
  actor: Actor | null,
  input: unknown,
): Promise<CommandResult<{ id: string; secret: string }>> {
  if (!can(actor, "manage:webhook:any")) return forbidden();
  const parsed = createWebhookSchema.safeParse(input);
  if (!parsed.success) return fail("validation", "Check the answers marked below.", fieldErrorsOf(parsed.error));
  const { url, description, secret } = parsed.data;
  return database.$transaction(async (tx) => {
    const webhook = await tx.webhook.create({
      data: { url, description: description ?? null, secret: secret ?? newWebhookSecret() },
      select: { id: true, secret: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor?.id,
        action: "webhook.created",
        entityType: "webhook",
        entityId: webhook.id,
        after: { url, description: description ?? null },
      },
    });
    return ok(webhook);
  });
}

export async function setWebhookActive(database: Database, actor: Actor | null, input: unknown): Promise<CommandResult<{ id: string; active: boolean }>> {
  if (!can(actor, "manage:webhook:any")) return forbidden();
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

export async function deleteWebhook(database: Database, actor: Actor | null, input: unknown): Promise<CommandResult<{ id: string }>> {
  if (!can(actor, "manage:webhook:any")) return forbidden();
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

import "server-only";

import type { Database } from "@/lib/db/client";
import { checkOutboundUrl } from "@/lib/http/outbound";

import { can, type Actor } from "../policy";
import { fail, fieldErrorsOf, ok, type CommandResult } from "../result";
import { createWebhookSchema } from "../schema";
import { newWebhookSecret } from "../tokens";
import { webhookPolicy } from "../webhook-policy";

// Registering a webhook: administrators only. The secret is stored as it is (the worker needs it
// to sign) and never written to the audit log. The address must be one the worker may post to
// (lib/http/outbound.ts): what can be told from the address is refused here, with a reason;
// where its name resolves to is checked again at every delivery.

export async function createWebhook(
  database: Database,
  actor: Actor | null,
  input: unknown,
): Promise<CommandResult<{ id: string; secret: string }>> {
  if (!can(actor, "manage:webhook:any")) return fail("forbidden", "Only administrators can manage webhooks.");
  const parsed = createWebhookSchema.safeParse(input);
  if (!parsed.success) return fail("validation", "Check the answers marked below.", fieldErrorsOf(parsed.error));
  const { url, description, secret } = parsed.data;
  const target = checkOutboundUrl(url, webhookPolicy());
  if (!target.ok) return fail("validation", "Check the answers marked below.", { url: [target.message] });
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

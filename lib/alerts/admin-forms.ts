import "server-only";

import type { Database } from "@/lib/db/client";
import { ownValue } from "@/lib/lookup";
import { INT4_MAX } from "@/lib/text";

import { resendDelivery } from "./commands/resend-delivery";
import { createWebhook } from "./commands/create-webhook";
import { deleteWebhook } from "./commands/delete-webhook";
import { setWebhookActive } from "./commands/set-webhook-active";
import type { Actor } from "./policy";
import type { DeliveryFilter } from "./queries";

// The back office's forms for webhooks and deliveries, from FormData to command and back to form
// state. Server actions call these with the signed-in user as `actor`; the commands check the
// permission themselves.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export interface WebhookFormState {
  message: string | null;
  fieldErrors: Record<string, string[]>;
  values: { url: string; description: string };
  /** Shown once, right after registering, for the receiver's configuration. */
  created: { url: string; secret: string } | null;
}

export const initialWebhookFormState: WebhookFormState = { message: null, fieldErrors: {}, values: { url: "", description: "" }, created: null };

export async function submitCreateWebhook(db: Database, actor: Actor | null, formData: FormData): Promise<WebhookFormState> {
  const values = { url: text(formData, "url"), description: text(formData, "description") };
  const result = await createWebhook(db, actor, { ...values, secret: text(formData, "secret") });
  if (!result.ok) return { message: result.error.message, fieldErrors: result.error.fieldErrors ?? {}, values, created: null };
  return { ...initialWebhookFormState, created: { url: values.url.trim(), secret: result.value.secret } };
}

/** Outcome of a one-button form (switch on/off, delete, resend), shown as a notice. */
export interface NoticeState {
  kind: "success" | "error" | null;
  message: string;
}

export async function submitSetWebhookActive(db: Database, actor: Actor | null, formData: FormData): Promise<NoticeState> {
  const active = text(formData, "active") === "true";
  const result = await setWebhookActive(db, actor, { id: text(formData, "id"), active });
  if (!result.ok) return { kind: "error", message: result.error.message };
  return { kind: "success", message: active ? "The webhook is on again." : "The webhook is off; queued events were marked failed." };
}

export async function submitDeleteWebhook(db: Database, actor: Actor | null, formData: FormData): Promise<NoticeState> {
  const result = await deleteWebhook(db, actor, { id: text(formData, "id") });
  return result.ok ? { kind: "success", message: "The webhook and its delivery log were deleted." } : { kind: "error", message: result.error.message };
}

export async function submitResendDelivery(db: Database, actor: Actor | null, formData: FormData): Promise<NoticeState> {
  const result = await resendDelivery(db, actor, { deliveryId: text(formData, "deliveryId") });
  return result.ok
    ? { kind: "success", message: `Delivery ${result.value.deliveryId} is queued and will be sent within a few seconds.` }
    : { kind: "error", message: result.error.message };
}

/** The delivery log's filters, from the page's query string; anything unknown is ignored. */
export function parseDeliveryFilter(query: Record<string, string | string[] | undefined>): DeliveryFilter {
  const one = (name: string) => {
    const value = ownValue(query, name);
    return typeof value === "string" ? value : undefined;
  };
  const channel = one("channel");
  const status = one("status");
  const before = Number(one("before"));
  return {
    channel: channel === "email" || channel === "webhook" ? channel : undefined,
    status: status === "pending" || status === "sent" || status === "failed" ? status : undefined,
    before: Number.isInteger(before) && before > 0 && before <= INT4_MAX ? before : undefined,
  };
}

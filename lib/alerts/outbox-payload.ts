import { z } from "zod";

import { statusWebhookEventTypes } from "@/lib/api/schema";

// What an Outbox row carries, by kind. E-mail rows hold ids, never the address: the worker
// looks the subscriber up when it sends, so an unsubscribe in between stops the message and no
// address is copied around. Webhook rows hold the exact JSON body, so a retry or a resend sends
// the same bytes under the same webhook-id.

const storedMessage = z
  .object({ subject: z.string(), text: z.string() })
  .describe("Kept for administrators when no SMTP server is configured.");

export const confirmPayloadSchema = z.object({
  kind: z.literal("confirm"),
  subscriptionId: z.string(),
  /** The raw confirmation token, needed to write the link; cleared once the e-mail is sent. */
  token: z.string().nullable(),
  message: storedMessage.optional(),
});

export const alertPayloadSchema = z.object({
  kind: z.literal("alert"),
  subscriptionId: z.string(),
  change: z.enum(statusWebhookEventTypes),
  eventId: z.string(),
  message: storedMessage.optional(),
});

export const digestPayloadSchema = z.object({
  kind: z.literal("digest"),
  subscriptionId: z.string(),
  since: z.iso.datetime({ offset: true }),
  until: z.iso.datetime({ offset: true }),
  message: storedMessage.optional(),
});

/** To an editor who asked to hear of new source-watch suggestions: the user's id, never the address. */
export const suggestionsPayloadSchema = z.object({
  kind: z.literal("suggestions"),
  userId: z.string(),
  billId: z.string(),
  count: z.number().int().positive(),
  message: storedMessage.optional(),
});

export const windowPayloadSchema = z.object({
  kind: z.literal("window"),
  subscriptionId: z.string(),
  windowId: z.string(),
  /** The opening alert, or the reminder seven days before it closes. */
  moment: z.enum(["opening", "reminder"]),
  message: storedMessage.optional(),
});

/** A new version of a bill's text; the worker reads the version, and its change summary, when it sends. */
export const textVersionPayloadSchema = z.object({
  kind: z.literal("textVersion"),
  subscriptionId: z.string(),
  versionId: z.string(),
  message: storedMessage.optional(),
});

export const emailPayloadSchema = z.discriminatedUnion("kind", [
  confirmPayloadSchema,
  alertPayloadSchema,
  digestPayloadSchema,
  suggestionsPayloadSchema,
  windowPayloadSchema,
  textVersionPayloadSchema,
]);

export const webhookPayloadSchema = z.object({
  kind: z.literal("webhook"),
  /** The webhook-id header: the same for every attempt and resend of this event. */
  messageId: z.string(),
  body: z.string(),
});

export type EmailPayload = z.infer<typeof emailPayloadSchema>;
export type SuggestionsPayload = z.infer<typeof suggestionsPayloadSchema>;
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** Outbox topics, as shown in the delivery log. */
export const topics = {
  confirm: "subscription.confirm",
  digest: "digest.daily",
  suggestions: "suggestion.new",
  textVersion: "textVersion.imported",
} as const;

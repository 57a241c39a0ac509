import { z } from "zod";

import { INT4_MAX, text } from "@/lib/text";

// Input schemas of the alert commands, shared with their forms (no Prisma, no secrets here).

export const frequencies = ["immediate", "daily"] as const;

export const subscribeSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "Enter your email address." })
    .max(254, { error: "An email address is at most 254 characters." })
    .pipe(z.email({ error: "Enter an email address like name@example.org." })),
  bill: text({ error: "Choose which bills to follow." })
    .trim()
    .min(1, { error: "Choose which bills to follow." })
    .max(120, { error: "Choose a bill from the list." }),
  frequency: z.enum(frequencies, { error: "Choose how often you want emails." }),
});

export type SubscribeInput = z.input<typeof subscribeSchema>;

export const linkTokenSchema = z.object({
  token: z.string({ error: "This link is incomplete." }).regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is incomplete or has been changed." }),
});

const secretPattern = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

export const createWebhookSchema = z.object({
  url: text()
    .trim()
    .min(1, { error: "Enter the address that should receive the events." })
    .max(2000, { error: "An address is at most 2000 characters." })
    .pipe(z.url({ protocol: /^https?$/, error: "Enter a full web address starting with https:// (or http:// for a local test)." })),
  description: text()
    .trim()
    .max(200, { error: "Keep the description under 200 characters." })
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional(),
  secret: z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(
      z
        .string()
        .regex(secretPattern, { error: "A secret looks like whsec_ followed by base64; leave it empty to have one made for you." })
        .optional(),
    )
    .optional(),
});

export type CreateWebhookInput = z.input<typeof createWebhookSchema>;

export const webhookIdSchema = z.object({ id: text().min(1).max(64) });

export const setWebhookActiveSchema = webhookIdSchema.extend({ active: z.boolean() });

export const resendDeliverySchema = z.object({ deliveryId: z.coerce.number().int().positive().max(INT4_MAX) });

import { z } from "zod";

// Forms of the inbox, shared by the pages and the commands (no Prisma here).

export const suggestionIdSchema = z.object({ suggestionId: z.string().trim().min(1).max(64) });

export const dismissSchema = suggestionIdSchema.extend({
  reason: z
    .string({ error: "Say why it is dismissed, so other editors know." })
    .trim()
    .min(3, { error: "Say why it is dismissed, so other editors know." })
    .max(500, { error: "Keep the reason under 500 characters." }),
});

/** A checkbox: sent as "yes" when ticked, left out when not. */
export const suggestionAlertsSchema = z.object({
  notifyOnSuggestions: z
    .literal("yes", { error: "Tick the box, or leave it empty." })
    .optional()
    .transform((value) => value === "yes"),
});

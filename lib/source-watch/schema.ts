import { z } from "zod";

import { text } from "@/lib/text";

import { parseCongressIdentifier } from "./congress/identifier";
import { LEGISLATION_ID } from "./feeds/legislation";

// Forms of the inbox, shared by the pages and the commands (no Prisma here).

export const suggestionIdSchema = z.object({ suggestionId: text().trim().min(1).max(64) });

export const dismissSchema = suggestionIdSchema.extend({
  reason: text({ error: "Say why it is dismissed, so other editors know." })
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

export const watchedSourceKinds = ["congress_bill", "uk_bill", "legislation_gov_uk", "legislation_act", "feed"] as const;

/** Words to match, one per line, as the form sends them. */
const wordLines = text()
  .max(2000, { error: "Keep the words under 2,000 characters." })
  .optional()
  .transform((value) =>
    (value ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  );

/** A source to watch for a bill; what the identifier must look like depends on its kind. */
export const watchedSourceSchema = z
  .object({
    billId: text().trim().min(1).max(64),
    kind: z.enum(watchedSourceKinds, { error: "Choose the kind of source." }),
    identifier: text({ error: "Enter the source's identifier." }).trim().min(1, { error: "Enter the source's identifier." }).max(500),
    matchWords: wordLines,
  })
  .superRefine((fields, context) => {
    const problem = identifierProblem(fields.kind, fields.identifier, fields.matchWords);
    if (problem) context.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

function identifierProblem(kind: (typeof watchedSourceKinds)[number], identifier: string, words: readonly string[]): { field: string; message: string } | null {
  switch (kind) {
    case "congress_bill":
      return parseCongressIdentifier(identifier) ? null : { field: "identifier", message: "Write the Congress, type and number, like 119/s/3021 or 119/hr/633." };
    case "uk_bill":
      return /^\d{1,7}$/.test(identifier) ? null : { field: "identifier", message: "Write the bill's number on bills.parliament.uk, like 3938." };
    case "legislation_gov_uk":
      if (!LEGISLATION_ID.test(identifier)) return { field: "identifier", message: "Write the Act's identifier on legislation.gov.uk, like ukpga/2026/20." };
      return words.length > 0 ? null : { field: "matchWords", message: "Give the Act's title, like Crime and Policing Act 2026: instruments are found by it." };
    case "legislation_act":
      return LEGISLATION_ID.test(identifier) ? null : { field: "identifier", message: "Write the Act's identifier on legislation.gov.uk, like ukpga/2026/20." };
    case "feed":
      if (!URL.canParse(identifier) || !/^https:\/\//.test(identifier)) return { field: "identifier", message: "Enter the feed's full address, starting with https://." };
      return words.length > 0 ? null : { field: "matchWords", message: "Give at least one word or phrase an entry must contain." };
  }
}

export const watchedSourceIdSchema = z.object({ id: text().trim().min(1).max(64) });

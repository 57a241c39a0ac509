import { z } from "zod";

import { allChamberCodes, legislatureCodes, legislatures, phaseCodes } from "@/lib/legislation/process";
import { positionStanceLabels, positionStances } from "@/lib/legislation/positions";
import { provisionCategories, provisionCategoryLabels } from "@/lib/legislation/provision-categories";
import { participationKindLabels, participationKinds } from "@/lib/legislation/windows";
import { text } from "@/lib/text";

import { replacementOfFirstReleaseStage } from "./first-release-stages";

// The shapes of API v1, in one place: handlers parse every response through these schemas
// before sending it, and lib/api/openapi.ts turns the very same schemas into the OpenAPI 3.1
// document. A field added here is documented and validated at once; one missing from a
// response fails the parse instead of reaching a client. No Prisma and no secrets here.

const day = z.iso.date().describe("A calendar day, YYYY-MM-DD (legislative dates have no time zone).");
const instant = z.iso.datetime({ offset: true }).describe("A moment in time, RFC 3339 in UTC.");
const webUrl = z.url({ protocol: /^https?$/ });

export const jurisdictionSchema = z
  .enum(legislatureCodes)
  .meta({ id: "Jurisdiction", description: `The legislature, whose process model gives the paths and steps: ${legislatures.map((model) => `${model.code}: ${model.name}`).join("; ")}.` });

export const phaseSchema = z.enum(phaseCodes).meta({
  id: "Phase",
  description:
    "Where the bill stands as a whole: legislature (still before the legislature), enacted (law, not yet in force or no commencement recorded), in_force (in whole or in part), enforced (being enforced or challenged), no_longer_in_force (expired or repealed), ended (ended without becoming law, including at the end of a Congress).",
});

export const outcomeSchema = z
  .enum(["enacted", "pending", "failed"])
  .meta({ id: "Outcome", description: "Where the bill's journey stands, in three groups (see phase for more): became law, still in progress, or ended without becoming law." });

export const chamberSchema = z
  .enum(allChamberCodes)
  .meta({ id: "Chamber", description: "Where the event happened: a chamber, or the President, Governor or Commission, of the bill's legislature." });

export const sourceKindSchema = z
  .enum(["official", "secondary"])
  .meta({ id: "SourceKind", description: "official: the legislature's or government's own record; secondary: a reliable report." });

/** Every step code of every legislature, for the `stage` filter. */
export const stageCodes = [...new Set(legislatures.flatMap((model) => model.paths.flatMap((path) => path.steps.map((step) => step.code))))] as [
  string,
  ...string[],
];

const nextStepSchema = z
  .object({
    path: z.string().describe("The path it is the usual next step on."),
    pathLabel: z.string(),
    text: z.string().describe("The usual next step in words, from the legislature's process model: not a prediction."),
  })
  .meta({ id: "NextStep" });

export const billSummarySchema = z
  .object({
    slug: z.string().describe("Stable identifier, also the last part of the bill's page address."),
    url: webUrl.describe("The bill's public page."),
    apiUrl: webUrl.describe("This bill in the API, with its full history."),
    shortTitle: z.string(),
    title: z.string(),
    jurisdiction: jurisdictionSchema,
    numbers: z.array(z.string()).describe("Bill numbers, e.g. S.146 and H.R.633."),
    session: z.string().describe("e.g. 119th Congress, or 2024–26 session."),
    topics: z.array(z.string()),
    region: z.string().nullable().describe("The state, for a US state legislature's bill."),
    stage: z.string().nullable().describe("Code of the step the bill is furthest along (or its outcome), on `path`; null before any status is recorded."),
    path: z.string().nullable().describe("The path of the process model that step is on (senate, house, final, first_house, …)."),
    stageLabel: z.string().describe("That step in words."),
    outcome: outcomeSchema,
    phase: phaseSchema,
    status: z.string().describe("Where the bill stands, as a person would say it: \"Passed the Senate; in the House Committee on the Judiciary\"."),
    nextSteps: z.array(nextStepSchema).describe("The usual next step on each open path, from the process model."),
    lastEventOn: day.nullable().describe("Date of the latest status event that still counts."),
    verifiedOn: day.nullable().describe("When an editor last checked the facts against the sources."),
    updatedAt: instant.describe("When this record last changed: the sort key of lists and of incremental sync."),
  })
  .meta({ id: "BillSummary", description: "A bill as listed: its identity and where it stands." });

export const retractionSchema = z
  .object({ at: instant, reason: z.string().nullable() })
  .meta({ id: "Retraction", description: "The event was withdrawn from the record: it was wrong and nothing replaces it." });

export const statusEventSchema = z
  .object({
    id: z.string(),
    path: z.string().describe("The path of the legislature's process model the step is on (senate, house, final, after, …)."),
    stage: z.string().describe("The step's code on that path."),
    stageLabel: z.string(),
    occurredOn: day.describe("When it happened in the legislature (not when it was recorded)."),
    chamber: chamberSchema.nullable(),
    billNumber: z.string().nullable().describe("Which of the bill's numbers it concerns (a companion bill's step), when known."),
    attemptFailed: z.boolean().describe("An attempt that failed (an objection to unanimous consent, a failed cloture vote): in the history, it moves nothing."),
    body: z.string().nullable().describe("Who acted: a committee, a regulator, a court."),
    subject: z.string().nullable().describe("Whom it concerns: the companies an enforcement action is against, who brought a challenge."),
    provisions: z.string().nullable().describe("Which provisions (a commencement in part, an amendment)."),
    relatedBill: z
      .object({ slug: z.string(), url: webUrl, apiUrl: webUrl })
      .nullable()
      .describe("The bill this event links to: the new bill a reintroduction created."),
    description: z.string().describe("The official record's wording."),
    vote: z.string().nullable().describe("The vote tally, where there was a recorded vote."),
    sourceUrl: webUrl,
    sourceKind: sourceKindSchema,
    archiveUrl: webUrl.nullable().describe("An archived copy of the source."),
    note: z.string().nullable().describe("The editor's note, kept apart from the official wording."),
    recordedAt: instant.describe("When the tracker recorded this event."),
    correctsId: z.string().nullable().describe("The event this one corrects."),
    correctedById: z.string().nullable().describe("The later event that corrects this one."),
    status: z
      .enum(["effective", "superseded", "retracted"])
      .describe("effective: counts; superseded: replaced by a correction; retracted: withdrawn."),
    retraction: retractionSchema.nullable(),
  })
  .meta({ id: "StatusEvent", description: "One step in a bill's status history. History is append-only: corrections and retractions are recorded, never silent edits." });

export const keyDateSchema = z
  .object({
    id: z.string(),
    date: day,
    title: z.string(),
    description: z.string().nullable(),
    sourceUrl: webUrl,
    derived: z.boolean().describe("True for a date that follows from the legislature's rules (the end of a Congress), not one an editor keeps."),
  })
  .meta({ id: "KeyDate", description: "A dated milestone that is not a stage: a compliance deadline, a hearing, a consultation closing, the end of a Congress." });

export const provisionCategorySchema = z.enum(provisionCategories).meta({
  id: "ProvisionCategory",
  description: `What a provision does, from a fixed list: ${provisionCategories.map((code) => `${code} (${provisionCategoryLabels[code]})`).join(", ")}.`,
});

export const provisionSchema = z
  .object({
    id: z.string(),
    category: provisionCategorySchema,
    categoryLabel: z.string().describe("The category in words."),
    text: z.string().describe("What the provision does, in plain language."),
    citation: z.string().nullable().describe("Where it is in the bill or Act (\"47 U.S.C. §223(h)\", \"section 3\"); null when the sources do not say."),
  })
  .meta({ id: "Provision", description: "One of a bill's key provisions as a structured entry, for comparing bills." });

export const positionStanceSchema = z.enum(positionStances).meta({
  id: "PositionStance",
  description: `Where an organisation stands: ${positionStances.map((code) => `${code} (${positionStanceLabels[code]})`).join(", ")}.`,
});

export const positionSchema = z
  .object({
    id: z.string(),
    organisation: z
      .object({ name: z.string(), url: webUrl.nullable(), isOwn: z.boolean().describe("True for the organisation that runs this site.") })
      .meta({ id: "Organisation" }),
    stance: positionStanceSchema,
    stanceLabel: z.string().describe("The stance in words."),
    statement: z.string().describe("What the organisation said."),
    sourceUrl: webUrl.nullable().describe("Where it said it."),
    statedOn: day.describe("The day the organisation took this position."),
    recordedAt: instant.describe("When the tracker recorded it."),
    current: z.boolean().describe("True for the organisation's latest position on the bill; earlier ones are its history."),
  })
  .meta({ id: "Position", description: "An organisation's dated position on a bill. A change of position is a new entry; earlier ones stay." });

export const participationWindowSchema = z
  .object({
    id: z.string(),
    kind: z.enum(participationKinds).describe(`What it is: ${participationKinds.map((code) => `${code} (${participationKindLabels[code]})`).join(", ")}.`),
    kindLabel: z.string(),
    title: z.string(),
    runBy: z.string().describe("Who runs it: a committee, a regulator, a department."),
    respondUrl: webUrl.describe("Where and how to respond."),
    description: z.string().nullable(),
    opensOn: day,
    closesOn: day.describe("The last day to respond."),
    state: z.enum(["upcoming", "open", "closing_soon", "closed"]).describe("On the day of the answer: closing_soon is open and closing within seven days."),
  })
  .meta({ id: "ParticipationWindow", description: "A consultation, call for evidence or comment period on the bill." });

export const correctionSchema = z
  .object({
    kind: z.enum(["correction", "retraction"]),
    eventId: z.string().describe("The correcting event, or the retracted one."),
    correctsId: z.string().nullable().describe("For a correction: the event it replaces."),
    recordedAt: instant,
    reason: z.string().nullable(),
  })
  .meta({ id: "Correction", description: "A change to the published record, listed so that readers can see what was corrected and when." });

const slotSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    status: z.enum(["done", "current", "upcoming", "not_reached"]).describe("current: where the path stands."),
    reachedOn: day.nullable().describe("When the step was reached; null for a step passed without a dated event."),
  })
  .meta({ id: "PathStep" });

const pathSchema = z
  .object({
    code: z.string(),
    label: z.string().describe("\"Senate\", or a House's name once known."),
    role: z.string().nullable().describe("\"First House\" or \"Second House\", where the label is a House's name."),
    started: z.boolean(),
    complete: z.boolean(),
    steps: z.array(slotSchema),
    attempts: z.array(z.object({ label: z.string(), occurredOn: day })).describe("Attempts on this path that failed, which moved nothing."),
    next: z.string().nullable().describe("The usual next step on this path, while it is open."),
  })
  .meta({ id: "Path" });

const afterEntrySchema = z
  .object({
    eventId: z.string(),
    code: z.string(),
    label: z.string(),
    occurredOn: day,
    body: z.string().nullable(),
    attemptFailed: z.boolean(),
  })
  .meta({ id: "AfterEnactmentEntry" });

const endingSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    occurredOn: day.nullable(),
    derived: z.boolean().describe("True when it follows from the legislature's rules (a Congress ended) rather than a recorded event."),
    rule: z.object({ text: z.string(), sourceUrl: webUrl }).nullable(),
  })
  .meta({ id: "Ending", description: "How the bill's journey ended without becoming law." });

export const officialLinkSchema = z.object({ label: z.string(), url: webUrl }).meta({ id: "OfficialLink" });

export const billDetailSchema = billSummarySchema
  .extend({
    longTitle: z.string().nullable(),
    sponsors: z.array(z.string()),
    committees: z.array(z.string()),
    summary: z.string().describe("Markdown."),
    keyProvisions: z.array(z.string()),
    officialLinks: z.array(officialLinkSchema),
    editorialNote: z.string().nullable(),
    paths: z.array(pathSchema).describe("Each path of the process model and where the bill stands on it."),
    afterEnactment: z.array(afterEntrySchema).describe("What happened after enactment, in date order."),
    ending: endingSchema.nullable(),
    history: z.array(statusEventSchema).describe("Every status event, oldest first, including superseded and retracted ones."),
    keyDates: z.array(keyDateSchema),
    provisions: z
      .array(provisionSchema)
      .describe("Key provisions by category, in the category order of provisionCategory. A category without one is not recorded, which does not mean the bill has no such provision."),
    windows: z.array(participationWindowSchema).describe("Windows to take part, by opening day."),
    positions: z.array(positionSchema).describe("Every recorded position of every organisation, newest first; `current` marks each organisation's latest."),
    corrections: z.array(correctionSchema).describe("Corrections and retractions, oldest first."),
    links: z
      .object({ feed: webUrl, calendar: webUrl, embed: webUrl })
      .describe("This bill's Atom feed, calendar of key dates and embeddable widget."),
  })
  .meta({ id: "Bill", description: "A bill with its full status history, key dates and corrections." });

export const billsPageSchema = z
  .object({
    data: z.array(billSummarySchema),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null when there is no more."),
    links: z.object({ self: webUrl, next: webUrl.nullable() }),
  })
  .meta({ id: "BillsPage", description: "One page of bills in the stable order (updatedAt, id)." });

export const exportSchema = z
  .object({
    version: z.literal(1),
    bills: z.array(billDetailSchema),
  })
  .meta({ id: "Export", description: "Every published bill with its full history and key dates." });

export const comparisonSchema = z
  .object({
    bills: z.array(billSummarySchema.pick({ slug: true, url: true, apiUrl: true, shortTitle: true, jurisdiction: true })),
    rows: z
      .array(
        z.object({
          category: provisionCategorySchema,
          label: z.string(),
          cells: z.array(z.array(provisionSchema)).describe("One cell per bill, in the order of `bills`; an empty cell is \"not recorded\"."),
        }),
      )
      .describe("Every category, in the fixed order."),
    links: z.object({ self: webUrl, csv: webUrl, page: webUrl }),
  })
  .meta({ id: "Comparison", description: "Bills' provisions side by side: categories by bills, as on /compare." });

export const compareQuerySchema = z.strictObject({
  bills: text()
    .trim()
    .min(1, { error: "Name at least one bill, e.g. bills=take-it-down-act,uk-crime-and-policing-bill." })
    .max(600)
    .describe("Comma-separated slugs of published bills, in the order of the columns, at most six."),
});

export const problemSchema = z
  .object({
    type: webUrl.describe("Where this kind of problem is explained."),
    title: z.string(),
    status: z.int(),
    detail: z.string().describe("What was wrong with this request, and what to do instead."),
    errors: z.array(z.object({ name: z.string(), reason: z.string() })).optional().describe("Each bad parameter and why."),
  })
  .meta({ id: "Problem", description: "An error, as RFC 9457 problem details (application/problem+json)." });

export const statusWebhookEventTypes = ["statusEvent.recorded", "statusEvent.corrected", "statusEvent.retracted"] as const;
export const webhookEventTypes = [...statusWebhookEventTypes, "textVersion.imported"] as const;

const webhookBillSchema = billSummarySchema.pick({ slug: true, url: true, apiUrl: true, shortTitle: true, jurisdiction: true, stage: true, path: true, stageLabel: true, outcome: true, phase: true, status: true });

const signedWebhooks = "signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature headers)";

export const statusChangeWebhookEventSchema = z
  .object({
    type: z.enum(statusWebhookEventTypes),
    timestamp: instant.describe("When the change was recorded."),
    data: z.object({ bill: webhookBillSchema, event: statusEventSchema }),
  })
  .meta({ id: "StatusChangeWebhookEvent", description: `Sent to registered webhooks on every status change, ${signedWebhooks}.` });

export const textVersionWebhookEventSchema = z
  .object({
    type: z.literal("textVersion.imported"),
    timestamp: instant.describe("When the version was imported."),
    data: z.object({
      bill: webhookBillSchema,
      version: z.object({
        code: z.string().describe("The official code (GPO's for US bills: is, rs, es, enr…) or ours for other legislatures."),
        name: z.string(),
        versionDate: day.nullable(),
        url: webUrl.describe("The version's reading page."),
        compareUrl: webUrl.nullable().describe("The redline against the version it was compared with; null for a bill's first version."),
        changeSummary: z.string().nullable().describe("The redline in one line, e.g. \"2 sections changed, 1 added, 2 renumbered\"; null for a bill's first version."),
      }),
    }),
  })
  .meta({ id: "TextVersionWebhookEvent", description: `Sent to registered webhooks when a new version of a bill's text is imported, ${signedWebhooks}.` });

export const webhookEventSchema = z
  .discriminatedUnion("type", [statusChangeWebhookEventSchema, textVersionWebhookEventSchema])
  .meta({ id: "WebhookEvent", description: "Every body a registered webhook receives, told apart by `type`." });

// Query parameters arrive as strings; unknown ones are refused so that a typo is never
// silently ignored.
export const billsQuerySchema = z.strictObject({
  q: text().trim().min(1).max(200).optional().describe("Words or a bill number to look for in titles, numbers and summaries."),
  jurisdiction: jurisdictionSchema.optional(),
  stage: z
    .enum(stageCodes, {
      error: (issue) => {
        const replacement = replacementOfFirstReleaseStage(issue.input);
        return replacement
          ? `${String(issue.input)} was a stage code of the first release; use the step code ${replacement}.`
          : "Use a step code of a process model, e.g. passed or royal_assent.";
      },
    })
    .optional()
    .describe("Only bills whose furthest step (the `stage` field) is this one."),
  phase: phaseSchema.optional().describe("Only bills in this phase."),
  since: day.refine((value) => !value.startsWith("0000"), { error: "Use a day in the year 0001 or later." }).optional().describe("Only bills with a status event on or after this day."),
  updatedSince: instant
    // PostgreSQL has no year 0, which RFC 3339's four digits allow.
    .refine((value) => !value.startsWith("0000"), { error: "Use a moment in the year 0001 or later." })
    .optional()
    .describe("Incremental sync: only bills changed at or after this moment (inclusive: store the latest updatedAt you saw and pass it back)."),
  cursor: z.string().max(200).optional().describe("From a previous page's nextCursor."),
  limit: z.coerce.number().int().min(1).max(100).default(50).describe("Page size, 1 to 100."),
});

export type Comparison = z.infer<typeof comparisonSchema>;
export type ProvisionOut = z.infer<typeof provisionSchema>;
export type BillsQuery = z.infer<typeof billsQuerySchema>;
export type BillSummary = z.infer<typeof billSummarySchema>;
export type BillDetail = z.infer<typeof billDetailSchema>;
export type StatusEventOut = z.infer<typeof statusEventSchema>;
export type BillsPage = z.infer<typeof billsPageSchema>;
export type ExportDocument = z.infer<typeof exportSchema>;
export type WebhookEvent = z.infer<typeof webhookEventSchema>;
export type WebhookEventType = (typeof webhookEventTypes)[number];
export type StatusWebhookEventType = (typeof statusWebhookEventTypes)[number];

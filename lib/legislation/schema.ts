import { z } from "zod";

import { INT4_MAX, text } from "@/lib/text";

import { parseDay, todayIn } from "./dates";
import { positionStances } from "./positions";
import { provisionCategories } from "./provision-categories";
import { participationKinds } from "./windows";
import { findStep, inferPath, legislatureCodes, modelOf, pathsWithStep, type LegislatureModel } from "./process";

// Input schemas for the back office, shared by the forms and the commands. Form fields arrive
// as strings ("one per line" lists, empty strings for blanks); commands may also pass arrays.
// No Prisma here; client components avoid importing it too, as zod would join their bundle.

export const jurisdictions = legislatureCodes;
export const sourceKinds = ["official", "secondary"] as const;

/** The latest time zone on Earth: no editor's today is later than its today. */
const LATEST_TIME_ZONE = "Pacific/Kiritimati";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Blank strings become null, so optional fields are cleared rather than stored as "". */
function optionalText(max: number, label: string) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    text().trim().max(max, { error: `${label} must be ${max} characters or fewer.` }).nullable(),
  );
}

function requiredText(max: number, missing: string, label: string) {
  return text({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${label} must be ${max} characters or fewer.` });
}

/** A textarea with one entry per line, or an array. */
function lines(options: { maxItems: number; maxLength: number; label: string }) {
  return z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
        : (value ?? []),
    z
      .array(text().trim().min(1).max(options.maxLength, { error: `Keep each line of ${options.label} to ${options.maxLength} characters.` }))
      .max(options.maxItems, { error: `${options.label} can have at most ${options.maxItems} lines.` }),
  );
}

export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
}

const HTTP_URL_MESSAGE = "Enter a full web address starting with https://, like https://www.congress.gov/…";

function httpUrl(missing: string) {
  return text({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(2000, { error: "Web addresses must be 2,000 characters or fewer." })
    .refine(isHttpUrl, { error: HTTP_URL_MESSAGE });
}

const optionalHttpUrl = z.preprocess(
  (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
  text().trim().max(2000).refine(isHttpUrl, { error: HTTP_URL_MESSAGE }).nullable(),
);

/** A calendar day from a date field; `notAfter` refuses days later than that "YYYY-MM-DD". */
function dayField(missing: string, notAfter?: () => string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .refine((value) => parseDay(value) !== null, { error: "Enter a real date, for example 13 February 2025." })
    .refine((value) => !notAfter || value <= notAfter(), { error: "The date cannot be in the future." });
}

export const linkSchema = z.object({
  label: requiredText(200, "Give each link a label before the | sign.", "A link label"),
  url: httpUrl("Give each link a web address after the | sign."),
});

/** "Label | https://…" lines, or an array of { label, url }. */
const officialLinks = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const bar = line.lastIndexOf("|");
            return bar === -1 ? { label: "", url: line } : { label: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
          })
      : (value ?? []),
  z.array(linkSchema).max(30, { error: "Keep official links to 30 or fewer." }),
);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every editable field of a bill. Publication is changed through its own commands. */
export const billFieldsSchema = z.object({
  slug: z
    .string({ error: "Enter the address of the bill's page." })
    .trim()
    .toLowerCase()
    .min(3, { error: "The address must be at least 3 characters." })
    .max(80, { error: "The address must be 80 characters or fewer." })
    .regex(SLUG_PATTERN, { error: "Use lower-case letters, digits and single hyphens only, like take-it-down-act." }),
  shortTitle: requiredText(120, "Enter the short title people know the bill by.", "The short title"),
  aliases: lines({ maxItems: 10, maxLength: 120, label: "other names" }),
  title: requiredText(300, "Enter the bill's title.", "The title"),
  longTitle: optionalText(2000, "The long title"),
  jurisdiction: z.enum(jurisdictions, { error: "Choose the legislature." }),
  region: optionalText(80, "The state"),
  numbers: lines({ maxItems: 10, maxLength: 40, label: "bill numbers" }),
  session: requiredText(80, "Enter the session, like 119th Congress.", "The session"),
  sponsors: lines({ maxItems: 50, maxLength: 200, label: "sponsors" }),
  committees: lines({ maxItems: 30, maxLength: 200, label: "committees" }),
  summary: z.preprocess((value) => value ?? "", text().max(20_000, { error: "The summary must be 20,000 characters or fewer." })),
  keyProvisions: lines({ maxItems: 30, maxLength: 1000, label: "key provisions" }),
  topics: lines({ maxItems: 20, maxLength: 60, label: "topics" }),
  officialLinks,
  verifiedOn: z.preprocess(
    emptyToUndefined,
    dayField("Enter the date.", () => todayIn(LATEST_TIME_ZONE))
      .nullable()
      .optional(),
  ),
  editorialNote: optionalText(2000, "The editorial note"),
});

export type BillFields = z.infer<typeof billFieldsSchema>;

/** A US state bill names its state, from the model's list; a bill of any other legislature has none. */
export function regionProblem(fields: { jurisdiction: string; region: string | null }): string | null {
  const region = modelOf(fields.jurisdiction).region;
  if (!region) return null;
  if (!fields.region) return `Choose the ${region.label.toLowerCase()} this bill is in.`;
  return region.options.includes(fields.region) ? null : `Choose a ${region.label.toLowerCase()} from the list.`;
}

const versionField = z.coerce.number({ error: "The form is out of date. Reload the page." }).int().positive().max(INT4_MAX);
/** A record's id from a hidden field or an address. */
export const idField = text().min(1).max(64);

export const updateBillSchema = billFieldsSchema.extend({ id: idField, version: versionField });
export const billVersionSchema = z.object({ id: idField, version: versionField });

/** A "Publish at" field: a date and time in UTC ("YYYY-MM-DDTHH:MM" from datetime-local), in the future. */
export function scheduleSchema(now: Date = new Date()) {
  return billVersionSchema.extend({
    publishAt: z
      .string({ error: "Enter the date and time to publish." })
      .trim()
      .min(1, { error: "Enter the date and time to publish." })
      .transform((value, context) => {
        const parsed = parsePublishAt(value);
        if (!parsed) context.addIssue({ code: "custom", message: "Enter a date and time, for example 1 March 2026 at 09:00." });
        return parsed ?? z.NEVER;
      })
      .refine((value) => value.getTime() > now.getTime(), { error: "Choose a time in the future, or publish now instead." }),
  });
}

/** "YYYY-MM-DDTHH:MM" (seconds optional) read as UTC; null if malformed. */
export function parsePublishAt(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, day, hours, minutes, seconds] = match;
  if (!day || !parseDay(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return null;
  return new Date(`${day}T${hours}:${minutes}:${seconds ?? "00"}.000Z`);
}

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "yes" || value === "true", z.boolean());

/** "senate:referred" from the form's one select, or `path` and `stage` given apart (the API's callers). */
function splitStep(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const record = input as Record<string, unknown>;
  const step = typeof record.step === "string" ? record.step : "";
  const colon = step.indexOf(":");
  if (colon === -1) return { ...record, stage: record.stage ?? (step || undefined) };
  return { ...record, path: step.slice(0, colon), stage: step.slice(colon + 1) };
}

const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/**
 * A status event for a bill of this legislature: its step must be on one of the model's paths,
 * its chamber one of the legislature's (and the path's own, where the path fixes it), its bill
 * number one of the bill's. Without a path, the step's only path is taken, or the one of the
 * chamber given.
 */
export function statusEventSchema(model: LegislatureModel, bill: { numbers: readonly string[] }, now: Date = new Date()) {
  const chambers = model.chambers.map((chamber) => chamber.code);
  return z.preprocess(
    splitStep,
    z
      .object({
        path: z.preprocess(blankToNull, text().max(40).nullable()),
        stage: z.string({ error: "Choose the step." }).min(1, { error: "Choose the step." }).max(60, { error: "Choose a step from the list." }),
        occurredOn: dayField("Enter the date it happened.", () => todayIn(model.timeZone, now)),
        chamber: z.preprocess(
          blankToNull,
          z
            .string()
            .refine((value) => chambers.includes(value), { error: "Choose a chamber of this legislature, or none." })
            .nullable(),
        ),
        billNumber: z.preprocess(
          blankToNull,
          z
            .string()
            .refine((value) => bill.numbers.includes(value), { error: "Choose one of the bill's numbers, or none." })
            .nullable(),
        ),
        attemptFailed: checkbox.optional().transform((value) => value ?? false),
        body: optionalText(300, "Who acted"),
        subject: optionalText(300, "Whom it concerns"),
        provisions: optionalText(1000, "Which provisions"),
        relatedBillId: z.preprocess(blankToNull, idField.nullable()),
        description: requiredText(2000, "Describe what happened, in the official record's words.", "The description"),
        vote: optionalText(200, "The vote"),
        sourceUrl: httpUrl("Enter the web address of the source."),
        sourceKind: z.enum(sourceKinds, { error: "Say whether the source is the official record." }),
        archiveUrl: optionalHttpUrl,
        note: optionalText(2000, "The note"),
        ...textCitationFields,
        confirmOutOfOrder: checkbox.optional(),
        confirmDuplicate: checkbox.optional(),
      })
      .transform((fields, context) => {
        if (fields.textSection !== null && fields.textVersionCode === null) {
          context.addIssue({ code: "custom", path: ["textVersionCode"], message: PART_WITHOUT_VERSION });
          return z.NEVER;
        }
        const path = fields.path ?? inferPath(model, fields.stage, fields.chamber);
        const found = path ? findStep(model, path, fields.stage) : null;
        if (!found) {
          const message =
            !fields.path && pathsWithStep(model, fields.stage).length > 1
              ? "Choose the step from the list, so that it says which chamber's path it is on."
              : `Choose a step of the ${model.name}.`;
          context.addIssue({ code: "custom", path: ["step"], message });
          return z.NEVER;
        }
        const fixed = found.path.chamber ?? null;
        if (fixed && fields.chamber && fields.chamber !== fixed) {
          context.addIssue({ code: "custom", path: ["chamber"], message: `Steps of the ${found.path.label} path happen in that chamber. Choose it, or none.` });
          return z.NEVER;
        }
        return { ...fields, path: found.path.code, chamber: fields.chamber ?? fixed ?? found.step.chamber ?? null };
      }),
  );
}

export type StatusEventFields = z.infer<ReturnType<typeof statusEventSchema>>;

/** Where the back-office form shows problems with the path or stage: its one `step` select. */
export function statusEventFieldNames(input: unknown): Record<string, string> {
  const fromForm = typeof input === "object" && input !== null && Object.hasOwn(input, "step");
  return fromForm ? { path: "step", stage: "step" } : {};
}

/** The schema for a bill of the legislature with this code. */
export function statusEventSchemaFor(jurisdiction: string, bill: { numbers: readonly string[] }, now?: Date) {
  return statusEventSchema(modelOf(jurisdiction), bill, now);
}

export const correctionNoteSchema = z.object({
  note: requiredText(2000, "Say what was wrong and what you corrected; readers see this note.", "The note"),
});

export const retractionSchema = z.object({
  eventId: idField,
  reason: requiredText(1000, "Give the reason for retracting; readers see it.", "The reason"),
});

export const keyDateSchema = z.object({
  billId: z.preprocess((value) => (value === "" || value === undefined ? null : value), idField.nullable()),
  date: dayField("Enter the date."),
  title: requiredText(200, "Enter a title, like 'Platforms must comply'.", "The title"),
  description: optionalText(2000, "The description"),
  sourceUrl: httpUrl("Enter the web address of the source."),
});

export const statisticSchema = z.object({
  label: requiredText(300, "Say what the figure counts.", "The label"),
  value: requiredText(60, "Enter the figure, like 1,325% or 36.2 million.", "The figure"),
  period: requiredText(100, "Enter the period it covers, like 2023 or 2022–2023.", "The period"),
  sourceName: requiredText(200, "Name the source, like Internet Watch Foundation.", "The source name"),
  sourceUrl: optionalHttpUrl,
  position: z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? 0 : value),
    z.coerce.number({ error: "Enter a whole number." }).int({ error: "Enter a whole number." }).min(0).max(10_000),
  ),
});

/** A part's anchor on a text version's page, as its link gives it: `sec-3-a`, `title-I-sec-101`. */
const TEXT_ANCHOR = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The text version and part a provision or a status event cites (lib/bill-text/citations.ts); a leading `#` is dropped. */
const textCitationFields = {
  textVersionCode: optionalText(40, "The version code"),
  textSection: optionalText(120, "The part")
    .refine((value) => value === null || TEXT_ANCHOR.test(value.replace(/^#/, "")), { error: "Enter the part as its link on the text page ends, like sec-3-a." })
    .transform((value) => value?.replace(/^#/, "") ?? null),
};
const PART_WITHOUT_VERSION = "Name the version the part is in, like is or rs.";

export const provisionSchema = z
  .object({
    billId: requiredText(64, "Choose the bill this provision is in.", "The bill"),
    category: z.enum(provisionCategories, { error: "Choose what the provision does, like Criminal offence." }),
    text: requiredText(2000, "Say what the provision does, in plain language.", "The text"),
    citation: optionalText(200, "The citation"),
    ...textCitationFields,
    position: z.preprocess(
      (value) => (value === "" || value === undefined || value === null ? 0 : value),
      z.coerce.number({ error: "Enter a whole number." }).int({ error: "Enter a whole number." }).min(0).max(10_000),
    ),
  })
  .refine((value) => value.textSection === null || value.textVersionCode !== null, { path: ["textVersionCode"], error: PART_WITHOUT_VERSION });

export const organisationSchema = z.object({
  name: requiredText(200, "Enter the organisation's name.", "The name"),
  url: optionalHttpUrl,
  isOwn: z.preprocess((value) => value === true || value === "yes" || value === "on", z.boolean()),
});

export const positionSchema = z.object({
  billId: requiredText(64, "Choose the bill.", "The bill"),
  organisationId: requiredText(64, "Choose the organisation, or add it first.", "The organisation"),
  stance: z.enum(positionStances, { error: "Choose where the organisation stands, like Support." }),
  statement: requiredText(2000, "Give the organisation's statement, in a sentence or two.", "The statement"),
  sourceUrl: optionalHttpUrl,
  statedOn: dayField("Enter the day the position was stated.", () => todayIn(LATEST_TIME_ZONE)),
});

export const participationWindowSchema = z
  .object({
    billId: requiredText(64, "Choose the bill it concerns.", "The bill"),
    kind: z.enum(participationKinds, { error: "Choose what kind it is, like Call for evidence." }),
    title: requiredText(200, "Enter a title, like 'Call for evidence on the Crime and Policing Bill'.", "The title"),
    runBy: requiredText(200, "Say who runs it, like the Home Affairs Committee.", "Who runs it"),
    respondUrl: httpUrl("Enter the web address where people respond."),
    description: optionalText(2000, "The description"),
    opensOn: dayField("Enter the day it opens."),
    closesOn: dayField("Enter the day it closes."),
  })
  .refine((window) => window.closesOn >= window.opensOn, { path: ["closesOn"], error: "It must close on or after the day it opens." });

export const versionedIdSchema = z.object({ id: idField, version: versionField });

import type { z } from "zod";

import { ownValue } from "./lookup";
import { failure, type CommandError, type FieldErrors } from "./result";

// Turning a zod failure into the command error forms show: one message per field, in the
// field's own words, and a summary sentence.

/**
 * The first problem of each field (zod reports "enter it" before "enter it like this", and two
 * messages at once read as two problems), keyed by the form's name for the field: `fieldNames`
 * maps a schema key to the control that holds it (the event form's one `step` select holds both
 * the path and the stage).
 */
export function fieldErrorsOf(error: z.ZodError, fieldNames: Readonly<Record<string, string>> = {}): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    // Errors inside a list ("officialLinks.1.url") belong to the list's field, naming the line.
    const [field, index] = issue.path;
    const name = field === undefined ? "form" : String(field);
    const key = ownValue(fieldNames, name) ?? name;
    const line = typeof index === "number" ? `Line ${index + 1}: ` : "";
    // A list field keeps the first problem of each line; any other field its first problem.
    const messages = (fieldErrors[key] ??= []);
    if (!messages.some((kept) => kept.startsWith(line))) messages.push(`${line}${issue.message}`);
  }
  return fieldErrors;
}

export function validationFailure(
  error: z.ZodError,
  fieldNames: Readonly<Record<string, string>> = {},
): { ok: false; error: CommandError } {
  const fieldErrors = fieldErrorsOf(error, fieldNames);
  const count = Object.keys(fieldErrors).length;
  return failure("validation", count === 1 ? "Check the highlighted answer." : `Check the ${count} highlighted answers.`, {
    fieldErrors,
  });
}

import type { z } from "zod";

import { failure, type CommandError, type FieldErrors } from "./result";

// Turning a zod failure into the command error forms show: one message per field, in the
// field's own words, and a summary sentence.

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    // Errors inside a list ("officialLinks.1.url") belong to the list's field, naming the line.
    const [field, index] = issue.path;
    const key = field === undefined ? "form" : String(field);
    const message = typeof index === "number" ? `Line ${index + 1}: ${issue.message}` : issue.message;
    const messages = (fieldErrors[key] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return fieldErrors;
}

export function validationFailure(error: z.ZodError): { ok: false; error: CommandError } {
  const fieldErrors = fieldErrorsOf(error);
  const count = Object.keys(fieldErrors).length;
  return failure("validation", count === 1 ? "Check the highlighted answer." : `Check the ${count} highlighted answers.`, {
    fieldErrors,
  });
}

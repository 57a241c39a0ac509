import "server-only";

import type { FormState } from "@/lib/form-state";
import type { CommandError } from "@/lib/result";

// Server actions read forms through these: plain string values (React's own $ACTION fields
// left out), and errors mapped to form state that keeps the user's input but never a password.

const SECRET_FIELDS = /password/i;

export function formValues(formData: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  // proxy.ts refuses action requests without form data; this holds even if one got through.
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

/** Form values safe to send back to the browser: everything but passwords. */
export function echoValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.test(key)));
}

export function errorState(error: CommandError<unknown>, values: Record<string, string>): FormState {
  return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: echoValues(values) };
}

/**
 * The text of the file sent in `name`, read as UTF-8 (what bill XML and HTML are published in),
 * or undefined when no file was chosen: a browser then sends an empty part with no file name.
 */
export async function formFileText(formData: unknown, name: string): Promise<string | undefined> {
  if (!(formData instanceof FormData)) return undefined;
  const file = formData.get(name);
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return undefined;
  return file.text();
}

import { ownValue } from "@/lib/lookup";

import type { FieldErrors } from "./result";

// What a server action hands back to its form: a message, errors by field, and the values the
// user typed (never passwords), so nothing they wrote is lost. Shared by actions and the
// client components that render the form.

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
}

export const idleState: FormState = { status: "idle" };

/** The value to show in a field: what the user typed last, else what is stored. */
export function valueOf(state: FormState, name: string, stored: string | null | undefined = ""): string {
  return ownValue(state.values ?? {}, name) ?? stored ?? "";
}

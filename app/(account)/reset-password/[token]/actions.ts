"use server";

import { redirect } from "next/navigation";

import { completePasswordReset } from "@/lib/auth/commands/complete-password-reset";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";

export async function completeResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await completePasswordReset(values);
  if (!result.ok) return errorState(result.error, values);
  redirect(`/login?notice=reset&email=${encodeURIComponent(result.value.email)}`);
}

"use server";

import { redirect } from "next/navigation";

import { acceptInvite } from "@/lib/auth/commands/accept-invite";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";

export async function acceptInviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await acceptInvite(values);
  if (!result.ok) return errorState(result.error, values);
  redirect(`/login?notice=ready&email=${encodeURIComponent(result.value.email)}`);
}

"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { acceptSuggestion } from "@/lib/source-watch/commands/accept-suggestion";
import { acceptTextSuggestion } from "@/lib/source-watch/commands/accept-text-suggestion";
import { dismissSuggestion } from "@/lib/source-watch/commands/dismiss-suggestion";

export async function acceptSuggestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await acceptSuggestion(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(`/admin/inbox?notice=accepted&bill=${encodeURIComponent(result.value.billId)}`);
}

export async function acceptTextSuggestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await acceptTextSuggestion(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(`/admin/inbox?notice=text-imported&bill=${encodeURIComponent(result.value.billId)}`);
}

export async function dismissSuggestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await dismissSuggestion(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  redirect("/admin/inbox?notice=dismissed");
}

"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { addWatchedSource } from "@/lib/source-watch/commands/add-watched-source";
import { removeWatchedSource } from "@/lib/source-watch/commands/remove-watched-source";

export async function addWatchedSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await addWatchedSource(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  redirect(`/admin/bills/${encodeURIComponent(result.value.billId)}/sources?notice=added`);
}

export async function removeWatchedSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await removeWatchedSource(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  redirect(`/admin/bills/${encodeURIComponent(result.value.billId)}/sources?notice=removed`);
}

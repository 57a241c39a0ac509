"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { createKeyDate } from "@/lib/legislation/commands/create-key-date";
import { deleteKeyDate } from "@/lib/legislation/commands/delete-key-date";
import { updateKeyDate } from "@/lib/legislation/commands/update-key-date";

function listAfter(values: Record<string, string>, notice: string): string {
  return values.billId ? `/admin/key-dates?bill=${encodeURIComponent(values.billId)}&notice=${notice}` : `/admin/key-dates?notice=${notice}`;
}

export async function createKeyDateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await createKeyDate(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "added"));
}

export async function updateKeyDateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await updateKeyDate(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "saved"));
}

export async function deleteKeyDateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await deleteKeyDate(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "deleted"));
}

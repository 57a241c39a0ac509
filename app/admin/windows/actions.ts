"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { createWindow } from "@/lib/legislation/commands/create-window";
import { deleteWindow } from "@/lib/legislation/commands/delete-window";
import { updateWindow } from "@/lib/legislation/commands/update-window";

function listAfter(values: Record<string, string>, notice: string): string {
  return values.billId ? `/admin/windows?bill=${encodeURIComponent(values.billId)}&notice=${notice}` : `/admin/windows?notice=${notice}`;
}

export async function createWindowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await createWindow(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "added"));
}

export async function updateWindowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await updateWindow(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "saved"));
}

export async function deleteWindowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await deleteWindow(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "deleted"));
}

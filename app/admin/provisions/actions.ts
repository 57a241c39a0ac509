"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { createProvision } from "@/lib/legislation/commands/create-provision";
import { deleteProvision } from "@/lib/legislation/commands/delete-provision";
import { updateProvision } from "@/lib/legislation/commands/update-provision";

function listAfter(values: Record<string, string>, notice: string): string {
  return values.billId ? `/admin/provisions?bill=${encodeURIComponent(values.billId)}&notice=${notice}` : `/admin/provisions?notice=${notice}`;
}

export async function createProvisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await createProvision(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "added"));
}

export async function updateProvisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await updateProvision(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "saved"));
}

export async function deleteProvisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await deleteProvision(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "deleted"));
}

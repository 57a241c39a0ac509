"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { deletePosition } from "@/lib/legislation/commands/delete-position";
import { recordPosition } from "@/lib/legislation/commands/record-position";
import { updatePosition } from "@/lib/legislation/commands/update-position";

function listAfter(values: Record<string, string>, notice: string): string {
  return values.billId ? `/admin/positions?bill=${encodeURIComponent(values.billId)}&notice=${notice}` : `/admin/positions?notice=${notice}`;
}

export async function recordPositionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await recordPosition(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "recorded"));
}

export async function updatePositionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await updatePosition(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "saved"));
}

export async function deletePositionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await deletePosition(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(listAfter(values, "deleted"));
}

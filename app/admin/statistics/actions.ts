"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { createStatistic } from "@/lib/legislation/commands/create-statistic";
import { deleteStatistic } from "@/lib/legislation/commands/delete-statistic";
import { updateStatistic } from "@/lib/legislation/commands/update-statistic";

export async function createStatisticAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await createStatistic(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect("/admin/statistics?notice=added");
}

export async function updateStatisticAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await updateStatistic(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect("/admin/statistics?notice=saved");
}

export async function deleteStatisticAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await deleteStatistic(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect("/admin/statistics?notice=deleted");
}

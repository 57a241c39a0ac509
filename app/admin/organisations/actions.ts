"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { createOrganisation } from "@/lib/legislation/commands/create-organisation";
import { updateOrganisation } from "@/lib/legislation/commands/update-organisation";

export async function createOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await createOrganisation(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect("/admin/organisations?notice=added");
}

export async function updateOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await updateOrganisation(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect("/admin/organisations?notice=saved");
}

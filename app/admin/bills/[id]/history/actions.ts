"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { correctStatusEvent } from "@/lib/legislation/commands/correct-status-event";
import { recordStatusEvent } from "@/lib/legislation/commands/record-status-event";
import { retractStatusEvent } from "@/lib/legislation/commands/retract-status-event";

// Back to the top of the history, where the success banner links down to the entry: jumping to
// the entry itself left the confirmation out of sight.
export async function recordEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await recordStatusEvent(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(`/admin/bills/${encodeURIComponent(values.billId ?? "")}/history?notice=recorded&event=${encodeURIComponent(result.value.eventId)}`);
}

export async function correctEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await correctStatusEvent(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(`/admin/bills/${encodeURIComponent(values.billId ?? "")}/history?notice=corrected&event=${encodeURIComponent(result.value.eventId)}`);
}

export async function retractEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await retractStatusEvent(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(`/admin/bills/${encodeURIComponent(values.billId ?? "")}/history?notice=retracted&event=${encodeURIComponent(result.value.eventId)}`);
}

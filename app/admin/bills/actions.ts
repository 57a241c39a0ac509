"use server";

import { redirect } from "next/navigation";

import { currentPrincipal } from "@/lib/auth/session";
import { errorState, formValues } from "@/lib/http/form-data";
import { expireTags } from "@/lib/http/revalidate";
import { billFieldNames, billFormValues, type BillFormValues } from "@/lib/legislation/bill-form";
import { createBill } from "@/lib/legislation/commands/create-bill";
import { deleteBill } from "@/lib/legislation/commands/delete-bill";
import { publishBill } from "@/lib/legislation/commands/publish-bill";
import { restoreRevision } from "@/lib/legislation/commands/restore-revision";
import { scheduleBill } from "@/lib/legislation/commands/schedule-bill";
import { unpublishBill } from "@/lib/legislation/commands/unpublish-bill";
import { updateBill } from "@/lib/legislation/commands/update-bill";
import { mergeOnTop } from "@/lib/legislation/revision-diff";
import type { FormState } from "@/lib/form-state";

import type { BillFormState } from "./form-state";

function previewState(values: Record<string, string>): BillFormState {
  return { status: "idle", values, preview: values.summary ?? "" };
}

function submittedBill(values: Record<string, string>): BillFormValues {
  return Object.fromEntries(billFieldNames.map((name) => [name, values[name] ?? ""])) as BillFormValues;
}

export async function createBillAction(_previous: BillFormState, formData: FormData): Promise<BillFormState> {
  const values = formValues(formData);
  if (values.intent === "preview") return previewState(values);
  const result = await createBill(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  redirect(`/admin/bills/${result.value.id}?notice=created`);
}

export async function saveBillAction(_previous: BillFormState, formData: FormData): Promise<BillFormState> {
  const values = formValues(formData);
  if (values.intent === "preview") return previewState(values);
  const result = await updateBill(await currentPrincipal(), values);
  if (!result.ok) {
    const details = result.error.details;
    if (result.error.code === "conflict" && details) {
      const { rows, merged } = mergeOnTop(details.base ? billFormValues(details.base) : null, billFormValues(details.theirs), submittedBill(values));
      return {
        status: "error",
        message: result.error.message,
        values: { ...values, ...merged, version: String(details.currentVersion) },
        conflict: { rows, merged, currentVersion: details.currentVersion, changedBy: details.changedBy, changedAt: details.changedAt },
      };
    }
    return errorState(result.error, values);
  }
  expireTags(result.value.revalidate);
  redirect(`/admin/bills/${result.value.id}?notice=${result.value.changed ? "saved" : "unchanged"}`);
}

export async function publicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const principal = await currentPrincipal();
  const result =
    values.intent === "unpublish"
      ? await unpublishBill(principal, values)
      : values.intent === "schedule"
        ? await scheduleBill(principal, values)
        : await publishBill(principal, values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  const notice = values.intent === "unpublish" ? "unpublished" : values.intent === "schedule" ? "scheduled" : "published";
  redirect(`/admin/bills/${result.value.id}?notice=${notice}`);
}

export async function deleteBillAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  if (values.confirm !== "yes") {
    return { status: "error", message: "Tick the box to confirm you want to delete this draft.", fieldErrors: { confirm: ["Tick the box to confirm."] } };
  }
  const result = await deleteBill(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(`/admin/bills?notice=deleted`);
}

export async function restoreRevisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await restoreRevision(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  expireTags(result.value.revalidate);
  redirect(`/admin/bills/${result.value.id}/revisions?notice=restored&revision=${encodeURIComponent(values.revision ?? "")}`);
}

"use server";

import { revalidatePath } from "next/cache";

import {
  submitCreateWebhook,
  submitDeleteWebhook,
  submitSetWebhookActive,
  type NoticeState,
  type WebhookFormState,
} from "@/lib/alerts/admin-forms";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

// Each action checks the session itself; the commands then check the permission.

export async function createWebhookAction(_state: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  const state = await submitCreateWebhook(db, await requireUser(), formData);
  revalidatePath("/admin/webhooks");
  return state;
}

export async function setWebhookActiveAction(_state: NoticeState, formData: FormData): Promise<NoticeState> {
  const state = await submitSetWebhookActive(db, await requireUser(), formData);
  revalidatePath("/admin/webhooks");
  return state;
}

export async function deleteWebhookAction(_state: NoticeState, formData: FormData): Promise<NoticeState> {
  const state = await submitDeleteWebhook(db, await requireUser(), formData);
  revalidatePath("/admin/webhooks");
  return state;
}

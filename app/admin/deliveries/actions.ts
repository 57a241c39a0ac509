"use server";

import { revalidatePath } from "next/cache";

import { submitResendDelivery, type NoticeState } from "@/lib/alerts/admin-forms";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function resendDeliveryAction(_state: NoticeState, formData: FormData): Promise<NoticeState> {
  const state = await submitResendDelivery(db, await requireUser(), formData);
  revalidatePath("/admin/deliveries");
  return state;
}

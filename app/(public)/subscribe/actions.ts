"use server";

import { randomUUID } from "node:crypto";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { confirmSubscription } from "@/lib/alerts/commands/confirm-subscription";
import { subscribe } from "@/lib/alerts/commands/subscribe";
import type { SubscribeFormState } from "@/lib/alerts/form-state";
import { describeError } from "@/lib/alerts/redact";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { log } from "@/lib/log";

function text(formData: unknown, name: string): string {
  // proxy.ts refuses action requests without form data; this holds even if one got through.
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value : "";
}

export async function subscribeAction(_previous: SubscribeFormState, formData: FormData): Promise<SubscribeFormState> {
  const values = { email: text(formData, "email"), bill: text(formData, "bill"), frequency: text(formData, "frequency") };
  let result: Awaited<ReturnType<typeof subscribe>>;
  try {
    result = await subscribe(db, values, new Date(), clientAddress(await headers()));
  } catch (error) {
    // Logged without the address: database errors can quote the values they were given.
    const reference = randomUUID();
    log("error", "subscribe.failed", { reference, error: describeError(error) });
    return { message: `Something went wrong on our side. Please try again in a moment (reference ${reference}).`, fieldErrors: {}, values };
  }
  if (!result.ok) return { message: result.error.message, fieldErrors: result.error.fieldErrors ?? {}, values };
  redirect("/subscribe/sent");
}

export async function confirmAction(formData: FormData): Promise<void> {
  const result = await confirmSubscription(db, { token: text(formData, "token") });
  if (!result.ok) redirect(`/subscribe/confirm?status=${result.error.code === "expired" ? "expired" : "invalid"}`);
  const { bill, frequency } = result.value;
  redirect(`/subscribe/confirm?status=confirmed&bill=${encodeURIComponent(bill?.slug ?? "all")}&frequency=${frequency}`);
}

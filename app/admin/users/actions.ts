"use server";

import { redirect } from "next/navigation";

import type { NoticeState } from "@/lib/alerts/admin-forms";

import { changeRole } from "@/lib/auth/commands/change-role";
import { deactivateUser } from "@/lib/auth/commands/deactivate-user";
import { inviteUser } from "@/lib/auth/commands/invite-user";
import { reactivateUser } from "@/lib/auth/commands/reactivate-user";
import { resetPassword } from "@/lib/auth/commands/reset-password";
import { revokeInvite } from "@/lib/auth/commands/revoke-invite";
import { currentPrincipal } from "@/lib/auth/session";
import { siteUrl } from "@/lib/config";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";

export interface LinkFormState extends FormState {
  /** A single-use link to give to the person, shown once. */
  link?: string;
}

const expiry = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export async function inviteAction(_previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  const values = formValues(formData);
  const result = await inviteUser(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  return {
    status: "success",
    message: `Invitation created for ${result.value.email}. Copy the link below and send it to them: it works once, until ${expiry.format(result.value.expiresAt)} UTC.`,
    link: `${siteUrl()}/invite/${result.value.token}`,
  };
}

export async function resetPasswordAction(_previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  const values = formValues(formData);
  const result = await resetPassword(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  return {
    status: "success",
    message: `${result.value.email} is signed out everywhere and their old password no longer works. Send them this link to choose a new one: it works once, until ${expiry.format(result.value.expiresAt)} UTC.`,
    link: `${siteUrl()}/reset-password/${result.value.token}`,
  };
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await changeRole(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  redirect(`/admin/users/${encodeURIComponent(result.value.userId)}?notice=role`);
}

export async function accessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const principal = await currentPrincipal();
  const result = values.intent === "reactivate" ? await reactivateUser(principal, values) : await deactivateUser(principal, values);
  if (!result.ok) return errorState(result.error, values);
  redirect(`/admin/users/${encodeURIComponent(result.value.userId)}?notice=${values.intent === "reactivate" ? "reactivated" : "deactivated"}`);
}

export async function revokeInviteAction(_previous: NoticeState, formData: FormData): Promise<NoticeState> {
  const result = await revokeInvite(await currentPrincipal(), formValues(formData));
  if (!result.ok) return { kind: "error", message: result.error.message };
  // The invitation leaves the list, and its button with it: the page itself says it is done.
  redirect("/admin/users?notice=revoked");
}

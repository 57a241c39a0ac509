"use server";

import { redirect } from "next/navigation";

import { signIn } from "@/lib/auth/auth";
import { changeOwnPassword } from "@/lib/auth/commands/change-password";
import { currentPrincipal } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { errorState, formValues } from "@/lib/http/form-data";
import { logError } from "@/lib/log";
import { setSuggestionAlerts } from "@/lib/source-watch/commands/set-suggestion-alerts";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await changeOwnPassword(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  // Changing the password ended every session, this one included: sign this browser back in.
  let signedIn = true;
  try {
    await signIn("credentials", { email: result.value.email, password: values.password ?? "", redirect: false });
  } catch (error) {
    logError("auth.reSignInFailed", error);
    signedIn = false;
  }
  redirect(signedIn ? "/admin/account?notice=changed" : `/login?notice=reset&email=${encodeURIComponent(result.value.email)}`);
}

export async function suggestionAlertsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await setSuggestionAlerts(await currentPrincipal(), values);
  if (!result.ok) return errorState(result.error, values);
  redirect(`/admin/account?notice=${result.value.notifyOnSuggestions ? "alerts-on" : "alerts-off"}`);
}

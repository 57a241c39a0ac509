"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { signIn } from "@/lib/auth/auth";
import { mustChangePassword } from "@/lib/auth/queries";
import { signInSchema } from "@/lib/auth/schema";
import { db } from "@/lib/db/client";
import type { FormState } from "@/lib/form-state";
import { echoValues, errorState, formValues } from "@/lib/http/form-data";
import { sameSitePath } from "@/lib/http/redirect-target";
import { logError } from "@/lib/log";
import { validationFailure } from "@/lib/validation";

import { signInRefusal } from "./refusal";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return errorState(validationFailure(parsed.error).error, values);
  const destination = sameSitePath(values.callbackUrl, { avoid: ["/login"] });
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { status: "error", message: signInRefusal(error.code), values: echoValues(values) };
    }
    if (error instanceof AuthError) {
      logError("auth.signInFailed", error, { requestId: (await headers()).get("x-request-id") });
      return { status: "error", message: "Signing in is not working right now. Try again in a few minutes.", values: echoValues(values) };
    }
    throw error;
  }
  // Straight to the password form when a new one is due, rather than to a page that redirects
  // there: a redirect answered while rendering the first one's destination drew the back
  // office's header over an empty page until a reload.
  redirect((await mustChangePassword(db, parsed.data.email)) ? "/admin/account" : destination);
}

"use client";

import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ChangePasswordForm({ action, email }: { action: Action; email: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <FormMessage state={state} labels={{ currentPassword: "Current password", password: "New password", confirmPassword: "Confirmation" }} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field name="currentPassword" label="Current password" errors={state.fieldErrors?.currentPassword}>
        {(control) => <input {...control} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <NewPasswordFields state={state} />
      <div className="mt-8">
        <SubmitButton pendingText="Saving…">Change password</SubmitButton>
      </div>
    </form>
  );
}

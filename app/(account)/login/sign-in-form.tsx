"use client";

import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf } from "@/lib/form-state";

import { signInAction } from "./actions";

export function SignInForm({ callbackUrl, email }: { callbackUrl: string; email: string }) {
  const [state, action] = useActionState(signInAction, idleState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="Email address" errors={state.fieldErrors?.email}>
        {(control) => (
          <input {...control} type="email" autoComplete="username" spellCheck={false} defaultValue={valueOf(state, "email", email)} className={inputClass} />
        )}
      </Field>
      <Field name="password" label="Password" errors={state.fieldErrors?.password}>
        {(control) => <input {...control} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <div className="mt-8">
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}

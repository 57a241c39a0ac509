"use client";

import { useActionState, useState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { NewPasswordFields, type PasswordValues } from "@/components/forms/new-password-fields";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Typed = PasswordValues & { currentPassword: string };

const empty: Typed = { currentPassword: "", password: "", confirmPassword: "" };

/** What stays typed after a refusal: every field but those the server found wrong. */
function keepRight(typed: Typed, fieldErrors: FormState["fieldErrors"] = {}): Typed {
  const wrong = (name: keyof Typed) => Object.hasOwn(fieldErrors, name);
  return {
    currentPassword: wrong("currentPassword") ? "" : typed.currentPassword,
    password: wrong("password") ? "" : typed.password,
    confirmPassword: wrong("password") || wrong("confirmPassword") ? "" : typed.confirmPassword,
  };
}

// Passwords are never sent back in the page, so the fields are kept in the browser: with
// JavaScript a refusal clears only the fields it was about. Without it, all three are empty.
export function ChangePasswordForm({ action, email }: { action: Action; email: string }) {
  const [state, formAction] = useActionState(action, idleState);
  const [typed, setTyped] = useState<Typed>(empty);
  // A new answer from the server clears the fields it found wrong (adjusting state while
  // rendering, as React recommends over an effect).
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.status === "error") setTyped(keepRight(typed, state.fieldErrors));
  }
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <FormMessage state={state} labels={{ currentPassword: "Current password", password: "New password", confirmPassword: "Confirmation" }} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field name="currentPassword" label="Current password" errors={state.fieldErrors?.currentPassword}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={typed.currentPassword}
            onChange={(event) => setTyped({ ...typed, currentPassword: event.target.value })}
            className={inputClass}
          />
        )}
      </Field>
      <NewPasswordFields state={state} values={typed} onChange={(values) => setTyped({ ...typed, ...values })} />
      <div className="mt-8">
        <SubmitButton pendingText="Saving…">Change password</SubmitButton>
      </div>
    </form>
  );
}

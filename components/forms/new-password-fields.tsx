import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import type { FormState } from "@/lib/form-state";

import { Field } from "./field";
import { inputClass } from "./styles";

/** A new password and its confirmation, with the rules said up front. Never pre-filled. */
export function NewPasswordFields({ state, label = "New password" }: { state: FormState; label?: string }) {
  return (
    <>
      <Field
        name="password"
        label={label}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard to guess. Not your email address.`}
        errors={state.fieldErrors?.password}
      >
        {(control) => <input {...control} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field name="confirmPassword" label="Type the new password again" errors={state.fieldErrors?.confirmPassword}>
        {(control) => <input {...control} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
    </>
  );
}

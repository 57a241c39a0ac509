import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import type { FormState } from "@/lib/form-state";

import { Field } from "./field";
import { inputClass } from "./styles";

export interface PasswordValues {
  password: string;
  confirmPassword: string;
}

/**
 * A new password and its confirmation, with the rules said up front. Never pre-filled from the
 * server; a client form may keep what was typed by passing `values` and `onChange`.
 */
export function NewPasswordFields({
  state,
  label = "New password",
  values,
  onChange,
}: {
  state: FormState;
  label?: string;
  values?: PasswordValues;
  onChange?: (values: PasswordValues) => void;
}) {
  const controlled = (name: keyof PasswordValues) =>
    values && onChange ? { value: values[name], onChange: (event: { target: { value: string } }) => onChange({ ...values, [name]: event.target.value }) } : {};
  return (
    <>
      <Field
        name="password"
        label={label}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard to guess. Not your email address.`}
        errors={state.fieldErrors?.password}
      >
        {(control) => <input {...control} type="password" autoComplete="new-password" {...controlled("password")} className={inputClass} />}
      </Field>
      <Field name="confirmPassword" label="Type the new password again" errors={state.fieldErrors?.confirmPassword}>
        {(control) => <input {...control} type="password" autoComplete="new-password" {...controlled("confirmPassword")} className={inputClass} />}
      </Field>
    </>
  );
}

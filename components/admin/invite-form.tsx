"use client";

import { useActionState } from "react";

import type { LinkFormState } from "@/app/admin/users/actions";
import { Field, Fieldset } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass, inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { roleLabels, roles } from "@/lib/auth/policy";
import { idleState, valueOf } from "@/lib/form-state";

import { LinkResult } from "./link-result";

type Action = (state: LinkFormState, formData: FormData) => Promise<LinkFormState>;

const roleHints = {
  editor: "Edits bills, their history, key dates and figures.",
  admin: "Also manages users and reads the audit log.",
} as const;

export function InviteForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState<LinkFormState, FormData>(action, idleState);
  const role = valueOf(state, "role", "editor");
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={{ email: "Email address", role: "Role" }} />
      {state.link ? <LinkResult link={state.link} label="Invitation link" /> : null}
      <Field name="email" label="Email address" errors={state.fieldErrors?.email}>
        {(control) => (
          <input {...control} type="email" autoComplete="off" spellCheck={false} defaultValue={state.link ? "" : valueOf(state, "email")} className={inputClass} />
        )}
      </Field>
      <Fieldset name="role" legend="Role" errors={state.fieldErrors?.role}>
        {roles.map((option) => (
          <div key={option} className="flex gap-3">
            <input id={`invite-role-${option}`} type="radio" name="role" value={option} defaultChecked={role === option} className={checkboxClass} />
            <label htmlFor={`invite-role-${option}`}>
              <span className="font-bold">{roleLabels[option]}</span>: {roleHints[option]}
            </label>
          </div>
        ))}
      </Fieldset>
      <div className="mt-8">
        <SubmitButton pendingText="Creating the link…">Create invitation link</SubmitButton>
      </div>
    </form>
  );
}

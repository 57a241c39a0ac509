"use client";

import { useActionState } from "react";

import type { LinkFormState } from "@/app/admin/users/actions";
import { Fieldset } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { roleLabels, roles, type Role } from "@/lib/auth/policy";
import { idleState, type FormState } from "@/lib/form-state";

import { LinkResult } from "./link-result";

type Action<S extends FormState = FormState> = (state: S, formData: FormData) => Promise<S>;

export function RoleForm({ action, userId, role }: { action: Action; userId: string; role: Role }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <Fieldset name="role" legend="Role" hint="Changing the role signs them out, so it applies at once." errors={state.fieldErrors?.role}>
        {roles.map((option) => (
          <div key={option} className="flex gap-3">
            <input id={`role-${option}`} type="radio" name="role" value={option} defaultChecked={role === option} className={checkboxClass} />
            <label htmlFor={`role-${option}`}>{roleLabels[option]}</label>
          </div>
        ))}
      </Fieldset>
      <div className="mt-6">
        <SubmitButton variant="secondary" pendingText="Saving…">
          Save role
        </SubmitButton>
      </div>
    </form>
  );
}

export function AccessForm({ action, userId, active }: { action: Action; userId: string; active: boolean }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <div className="mt-4">
        {active ? (
          <SubmitButton name="intent" value="deactivate" variant="warning" pendingText="Deactivating…">
            Deactivate account
          </SubmitButton>
        ) : (
          <SubmitButton name="intent" value="reactivate" variant="secondary" pendingText="Reactivating…">
            Reactivate account
          </SubmitButton>
        )}
      </div>
    </form>
  );
}

export function ResetPasswordForm({ action, userId }: { action: Action<LinkFormState>; userId: string }) {
  const [state, formAction] = useActionState<LinkFormState, FormData>(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      {state.link ? <LinkResult link={state.link} label="Password reset link" /> : null}
      <input type="hidden" name="userId" value={userId} />
      <div className="mt-4">
        <SubmitButton variant="warning" pendingText="Resetting…">
          Reset password
        </SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A one-button form that deletes a versioned record (key date, figure). */
export function DeleteForm({
  action,
  id,
  version,
  label,
  extra = {},
}: {
  action: Action;
  id: string;
  version: number;
  label: string;
  extra?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="mt-4">
        <SubmitButton variant="warning" pendingText="Deleting…">
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}

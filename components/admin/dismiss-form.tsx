"use client";

import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Dismiss a source-watch suggestion, saying why. */
export function DismissForm({ action, suggestionId }: { action: Action; suggestionId: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={{ reason: "Reason" }} />
      <input type="hidden" name="suggestionId" value={suggestionId} />
      <Field name="reason" label="Why dismiss it?" hint="Other editors see this, like: Already recorded from the Congressional Record." errors={state.fieldErrors?.reason}>
        {(control) => <textarea {...control} rows={2} defaultValue={valueOf(state, "reason")} className={textareaClass} />}
      </Field>
      <div className="mt-6">
        <SubmitButton variant="warning" pendingText="Dismissing…">
          Dismiss suggestion
        </SubmitButton>
      </div>
    </form>
  );
}

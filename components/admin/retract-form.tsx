"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function RetractForm({ action, billId, eventId, cancelHref }: { action: Action; billId: string; eventId: string; cancelHref: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={{ reason: "Reason" }} />
      <input type="hidden" name="billId" value={billId} />
      <input type="hidden" name="eventId" value={eventId} />
      <Field name="reason" label="Why is this entry being retracted?" hint="Readers see this reason, like: Recorded against the wrong bill." errors={state.fieldErrors?.reason}>
        {(control) => <textarea {...control} rows={3} defaultValue={valueOf(state, "reason")} className={textareaClass} />}
      </Field>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton variant="warning" pendingText="Retracting…">
          Retract entry
        </SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

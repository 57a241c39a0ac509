"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Fieldset } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function DeleteBillForm({ action, id, version, cancelHref }: { action: Action; id: string; version: number; cancelHref: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Fieldset name="confirm" legend="Are you sure?" errors={state.fieldErrors?.confirm}>
        <div className="flex gap-3">
          <input id="confirm-delete" type="checkbox" name="confirm" value="yes" className={checkboxClass} />
          <label htmlFor="confirm-delete">Yes, delete this draft, its history and its revisions</label>
        </div>
      </Fieldset>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton variant="warning" pendingText="Deleting…">
          Delete draft
        </SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

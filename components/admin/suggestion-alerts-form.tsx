"use client";

import { useActionState } from "react";

import { Fieldset } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Opt in to an e-mail when the source watch suggests new steps. */
export function SuggestionAlertsForm({ action, checked }: { action: Action; checked: boolean }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={{ notifyOnSuggestions: "E-mail" }} />
      <Fieldset name="notifyOnSuggestions" legend="New suggestions from official sources" errors={state.fieldErrors?.notifyOnSuggestions}>
        <div className="flex gap-3">
          <input id="notify-on-suggestions" type="checkbox" name="notifyOnSuggestions" value="yes" defaultChecked={checked} className={checkboxClass} />
          <label htmlFor="notify-on-suggestions">E-mail me when the source watch puts new suggestions in the inbox</label>
        </div>
      </Fieldset>
      <div className="mt-6">
        <SubmitButton pendingText="Saving…">Save e-mail setting</SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Accept a suggested text version: the server fetches the file from govinfo and imports it. */
export function AcceptTextVersionForm({ action, suggestionId }: { action: Action; suggestionId: string }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="suggestionId" value={suggestionId} />
      <div className="mt-6">
        <SubmitButton pendingText="Importing…">Accept and import</SubmitButton>
      </div>
    </form>
  );
}

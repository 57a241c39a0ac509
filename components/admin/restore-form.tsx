"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, type FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Bring back an earlier revision as a new version. */
export function RestoreForm({ action, id, version, revision }: { action: Action; id: string; version: number; revision: number }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revision" value={revision} />
      <SubmitButton variant="secondary" pendingText="Restoring…">
        Restore version {revision}
      </SubmitButton>
    </form>
  );
}

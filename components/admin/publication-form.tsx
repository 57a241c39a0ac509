"use client";

import { useActionState } from "react";

import { EnterSubmits } from "@/components/forms/enter-submits";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { sizedInputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import type { BillState } from "@/lib/legislation/admin-queries";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Publish now, unpublish, or schedule publication at a time (UTC). */
export function PublicationForm({
  action,
  id,
  version,
  state: billState,
  live,
  nowUtc,
}: {
  action: Action;
  id: string;
  version: number;
  state: BillState;
  /** Whether the public can see the bill now; then it can only be unpublished, not scheduled. */
  live: boolean;
  /** The current UTC time, "YYYY-MM-DDTHH:MM", as a hint next to the field. */
  nowUtc: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate className="mt-4">
      {live ? null : <EnterSubmits name="intent" value="schedule" />}
      <FormMessage state={state} labels={{ publishAt: "Publish at" }} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="mt-4 flex flex-wrap gap-4">
        {billState !== "published" ? (
          <SubmitButton name="intent" value="publish" pendingText="Publishing…">
            Publish now
          </SubmitButton>
        ) : null}
        {billState !== "draft" ? (
          <SubmitButton name="intent" value="unpublish" variant="warning" pendingText="Unpublishing…">
            Unpublish
          </SubmitButton>
        ) : null}
      </div>
      {live ? null : (
        <details className="mt-6 max-w-2xl" open={state.fieldErrors?.publishAt !== undefined}>
          <summary className="cursor-pointer font-bold text-link underline">Publish later, at a set time</summary>
          <Field
            name="publishAt"
            label="Publish at (UTC)"
            hint={`Date and time in UTC. It is now ${nowUtc.replace("T", " ")} UTC. The bill appears on its own at that time.`}
            errors={state.fieldErrors?.publishAt}
          >
            {(control) => <input {...control} type="datetime-local" defaultValue={valueOf(state, "publishAt")} className={sizedInputClass.dateTime} />}
          </Field>
          <div className="mt-4">
            <SubmitButton name="intent" value="schedule" variant="secondary" pendingText="Scheduling…">
              Schedule publication
            </SubmitButton>
          </div>
        </details>
      )}
    </form>
  );
}

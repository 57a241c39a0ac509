"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass, inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface OrganisationValues {
  name: string;
  url: string;
  isOwn: boolean;
}

const labels = { name: "Name", url: "Website" };

export function OrganisationForm({
  action,
  initial,
  id,
  version,
  submitLabel,
  cancelHref,
}: {
  action: Action;
  initial: OrganisationValues;
  id?: string;
  version?: number;
  submitLabel: string;
  cancelHref?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const errors = (name: string) => ownValue(state.fieldErrors ?? {}, name);
  const ownChecked = state.values ? state.values.isOwn === "yes" : initial.isOwn;
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={labels} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field name="name" label="Name" errors={errors("name")}>
        {(control) => <input {...control} type="text" defaultValue={valueOf(state, "name", initial.name)} className={inputClass} />}
      </Field>
      <Field name="url" label="Website (optional)" hint="Starting with https://." errors={errors("url")}>
        {(control) => <input {...control} type="url" inputMode="url" spellCheck={false} defaultValue={valueOf(state, "url", initial.url)} className={inputClass} />}
      </Field>
      <div className="mt-6 flex gap-3">
        <input key={String(ownChecked)} id="field-isOwn" type="checkbox" name="isOwn" value="yes" defaultChecked={ownChecked} className={checkboxClass} />
        <label htmlFor="field-isOwn">
          <span className="font-bold">This is the organisation that runs this site</span>
          <span className="block text-sm text-muted">Readers can filter the board by its positions. Only one organisation can be.</span>
        </label>
      </div>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}

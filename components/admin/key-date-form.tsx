"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass, selectClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import type { BillOption } from "@/lib/legislation/admin-queries";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface KeyDateValues {
  billId: string;
  date: string;
  title: string;
  description: string;
  sourceUrl: string;
}

const labels = { billId: "Bill", date: "Date", title: "Title", description: "Description", sourceUrl: "Source" };

export function KeyDateForm({
  action,
  bills,
  initial,
  id,
  version,
  submitLabel,
  cancelHref,
}: {
  action: Action;
  bills: readonly BillOption[];
  initial: KeyDateValues;
  id?: string;
  version?: number;
  submitLabel: string;
  cancelHref?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const value = (name: keyof KeyDateValues) => valueOf(state, name, initial[name]);
  const errors = (name: string) => ownValue(state.fieldErrors ?? {}, name);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={labels} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field name="billId" label="Bill" hint="Or none, for a date that concerns the whole subject." errors={errors("billId")}>
        {(control) => (
          <select key={value("billId")} {...control} defaultValue={value("billId")} className={selectClass}>
            <option value="">None</option>
            {bills.map((bill) => (
              <option key={bill.id} value={bill.id}>
                {bill.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="date" label="Date" hint="Deadlines and hearings can be in the future." errors={errors("date")}>
        {(control) => <input {...control} type="date" defaultValue={value("date")} className={`${inputClass} max-w-56`} />}
      </Field>
      <Field name="title" label="Title" hint="Like: Platforms must remove reported images within 48 hours." errors={errors("title")}>
        {(control) => <input {...control} type="text" defaultValue={value("title")} className={inputClass} />}
      </Field>
      <Field name="description" label="Description (optional)" errors={errors("description")}>
        {(control) => <textarea {...control} rows={3} defaultValue={value("description")} className={textareaClass} />}
      </Field>
      <Field name="sourceUrl" label="Source" hint="The web address that states this date, starting with https://." errors={errors("sourceUrl")}>
        {(control) => <input {...control} type="url" inputMode="url" spellCheck={false} defaultValue={value("sourceUrl")} className={inputClass} />}
      </Field>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}

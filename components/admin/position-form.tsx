"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass, selectClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import type { BillOption } from "@/lib/legislation/admin-queries";
import { positionStanceLabels, positionStances } from "@/lib/legislation/positions";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface PositionValues {
  billId: string;
  organisationId: string;
  stance: string;
  statement: string;
  sourceUrl: string;
  statedOn: string;
}

const labels = { billId: "Bill", organisationId: "Organisation", stance: "Position", statement: "Statement", sourceUrl: "Source", statedOn: "Date stated" };

export function PositionForm({
  action,
  bills,
  organisations,
  initial,
  id,
  version,
  submitLabel,
  cancelHref,
}: {
  action: Action;
  bills: readonly BillOption[];
  organisations: readonly { id: string; name: string }[];
  initial: PositionValues;
  id?: string;
  version?: number;
  submitLabel: string;
  cancelHref?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const value = (name: keyof PositionValues) => valueOf(state, name, initial[name]);
  const errors = (name: string) => ownValue(state.fieldErrors ?? {}, name);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={labels} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field name="billId" label="Bill" errors={errors("billId")}>
        {(control) => (
          <select key={value("billId")} {...control} defaultValue={value("billId")} className={selectClass}>
            <option value="">Choose a bill</option>
            {bills.map((bill) => (
              <option key={bill.id} value={bill.id}>
                {bill.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="organisationId" label="Organisation" hint={<>Not in the list? <Link href="/admin/organisations">Add it first</Link>.</>} errors={errors("organisationId")}>
        {(control) => (
          <select key={value("organisationId")} {...control} defaultValue={value("organisationId")} className={selectClass}>
            <option value="">Choose an organisation</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="stance" label="Position" errors={errors("stance")}>
        {(control) => (
          <select key={value("stance")} {...control} defaultValue={value("stance")} className={selectClass}>
            <option value="">Choose a position</option>
            {positionStances.map((stance) => (
              <option key={stance} value={stance}>
                {positionStanceLabels[stance]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="statement" label="Statement" hint="What the organisation said, in a sentence or two." errors={errors("statement")}>
        {(control) => <textarea {...control} rows={3} defaultValue={value("statement")} className={textareaClass} />}
      </Field>
      <Field name="sourceUrl" label="Source (optional)" hint="Where the organisation said it, starting with https://." errors={errors("sourceUrl")}>
        {(control) => <input {...control} type="url" inputMode="url" spellCheck={false} defaultValue={value("sourceUrl")} className={inputClass} />}
      </Field>
      <Field name="statedOn" label="Date stated" hint="The day the organisation took this position, like 2025-03-01." errors={errors("statedOn")}>
        {(control) => <input {...control} type="date" defaultValue={value("statedOn")} className={`${inputClass} max-w-56`} />}
      </Field>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}

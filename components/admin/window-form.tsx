"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass, selectClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import type { BillOption } from "@/lib/legislation/admin-queries";
import { participationKindLabels, participationKinds } from "@/lib/legislation/windows";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface WindowValues {
  billId: string;
  kind: string;
  title: string;
  runBy: string;
  respondUrl: string;
  description: string;
  opensOn: string;
  closesOn: string;
}

const labels = {
  billId: "Bill",
  kind: "Kind",
  title: "Title",
  runBy: "Run by",
  respondUrl: "How to respond",
  description: "Description",
  opensOn: "Opens",
  closesOn: "Closes",
};

export function WindowForm({
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
  initial: WindowValues;
  id?: string;
  version?: number;
  submitLabel: string;
  cancelHref?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const value = (name: keyof WindowValues) => valueOf(state, name, initial[name]);
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
      <Field name="kind" label="Kind" errors={errors("kind")}>
        {(control) => (
          <select key={value("kind")} {...control} defaultValue={value("kind")} className={selectClass}>
            <option value="">Choose a kind</option>
            {participationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {participationKindLabels[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="title" label="Title" hint="Like: Home Affairs Committee call for evidence on AI image generators." errors={errors("title")}>
        {(control) => <input {...control} type="text" defaultValue={value("title")} className={inputClass} />}
      </Field>
      <Field name="runBy" label="Run by" hint="The committee, regulator or department that runs it." errors={errors("runBy")}>
        {(control) => <input {...control} type="text" defaultValue={value("runBy")} className={inputClass} />}
      </Field>
      <Field name="respondUrl" label="How to respond" hint="The web address where people respond, starting with https://." errors={errors("respondUrl")}>
        {(control) => <input {...control} type="url" inputMode="url" spellCheck={false} defaultValue={value("respondUrl")} className={inputClass} />}
      </Field>
      <Field name="description" label="Description (optional)" hint="What it asks, and who may respond." errors={errors("description")}>
        {(control) => <textarea {...control} rows={3} defaultValue={value("description")} className={textareaClass} />}
      </Field>
      <Field name="opensOn" label="Opens" hint="Subscribers are alerted on this day, or at once if it is open already." errors={errors("opensOn")}>
        {(control) => <input {...control} type="date" defaultValue={value("opensOn")} className={`${inputClass} max-w-56`} />}
      </Field>
      <Field name="closesOn" label="Closes" hint="The last day to respond. Subscribers are reminded seven days before." errors={errors("closesOn")}>
        {(control) => <input {...control} type="date" defaultValue={value("closesOn")} className={`${inputClass} max-w-56`} />}
      </Field>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}

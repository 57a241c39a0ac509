"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface StatisticValues {
  label: string;
  value: string;
  period: string;
  sourceName: string;
  sourceUrl: string;
  position: string;
}

const labels = { label: "What it counts", value: "Figure", period: "Period", sourceName: "Source", sourceUrl: "Source address", position: "Order" };

export function StatisticForm({
  action,
  initial,
  id,
  version,
  submitLabel,
  cancelHref,
}: {
  action: Action;
  initial: StatisticValues;
  id?: string;
  version?: number;
  submitLabel: string;
  cancelHref?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const value = (name: keyof StatisticValues) => valueOf(state, name, initial[name]);
  const errors = (name: string) => ownValue(state.fieldErrors ?? {}, name);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={labels} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field name="value" label="Figure" hint="As readers should see it, like 1,325% or 36.2 million." errors={errors("value")}>
        {(control) => <input {...control} type="text" defaultValue={value("value")} className={`${inputClass} max-w-md`} />}
      </Field>
      <Field name="label" label="What it counts" hint="Like: Increase in AI-generated child sexual abuse imagery reported." errors={errors("label")}>
        {(control) => <input {...control} type="text" defaultValue={value("label")} className={inputClass} />}
      </Field>
      <Field name="period" label="Period" hint="Like 2023, or 2022–2023." errors={errors("period")}>
        {(control) => <input {...control} type="text" defaultValue={value("period")} className={`${inputClass} max-w-md`} />}
      </Field>
      <Field name="sourceName" label="Source" hint="Like Internet Watch Foundation." errors={errors("sourceName")}>
        {(control) => <input {...control} type="text" defaultValue={value("sourceName")} className={inputClass} />}
      </Field>
      <Field name="sourceUrl" label="Source address (optional)" hint="The report's web address, starting with https://. Without it, readers are told no link is recorded yet, and the dashboard lists the figure." errors={errors("sourceUrl")}>
        {(control) => <input {...control} type="url" inputMode="url" spellCheck={false} defaultValue={value("sourceUrl")} className={inputClass} />}
      </Field>
      <Field name="position" label="Order on the page" hint="Lower numbers come first." errors={errors("position")}>
        {(control) => <input {...control} type="text" inputMode="numeric" defaultValue={value("position")} className={`${inputClass} max-w-32`} />}
      </Field>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass, selectClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import type { BillOption } from "@/lib/legislation/admin-queries";
import { provisionCategories, provisionCategoryLabels } from "@/lib/legislation/provision-categories";
import { ownValue } from "@/lib/lookup";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface ProvisionValues {
  billId: string;
  category: string;
  text: string;
  citation: string;
  position: string;
}

const labels = { billId: "Bill", category: "Category", text: "What it does", citation: "Citation", position: "Order" };

export function ProvisionForm({
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
  initial: ProvisionValues;
  id?: string;
  version?: number;
  submitLabel: string;
  cancelHref?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const value = (name: keyof ProvisionValues) => valueOf(state, name, initial[name]);
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
      <Field name="category" label="Category" hint="The row of the comparison it goes in." errors={errors("category")}>
        {(control) => (
          <select key={value("category")} {...control} defaultValue={value("category")} className={selectClass}>
            <option value="">Choose a category</option>
            {provisionCategories.map((category) => (
              <option key={category} value={category}>
                {provisionCategoryLabels[category]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="text"
        label="What it does"
        hint="In plain language, as the sources say it. Like: Covered platforms must remove a reported image within 48 hours."
        errors={errors("text")}
      >
        {(control) => <textarea {...control} rows={4} defaultValue={value("text")} className={textareaClass} />}
      </Field>
      <Field name="citation" label="Citation (optional)" hint="The section, like 47 U.S.C. §223(h) or section 3. Leave it empty if the sources do not say." errors={errors("citation")}>
        {(control) => <input {...control} type="text" defaultValue={value("citation")} className={inputClass} />}
      </Field>
      <Field name="position" label="Order (optional)" hint="Lower numbers come first among the bill's provisions of the same category." errors={errors("position")}>
        {(control) => <input {...control} type="text" inputMode="numeric" defaultValue={value("position")} className={`${inputClass} max-w-32`} />}
      </Field>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}

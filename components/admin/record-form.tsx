"use client";

import Link from "next/link";
import { createContext, use, useActionState, type ReactNode } from "react";

import { describedBy, ErrorMessage, Field, fieldId } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { checkboxClass, fileInputClass, inputClass, selectClass, sizedInputClass, textareaClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState, valueOf, type FormState } from "@/lib/form-state";
import type { BillOption } from "@/lib/legislation/admin-queries";
import { ownValue } from "@/lib/lookup";

// The back office's form for one record (a key date, a provision, a position, a window, a
// figure): its error summary, its version for conflict checks, its fields laid out alike, and
// Save and Cancel. Each record's form names only its fields.

export type RecordAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** What a page passes to any record's form. */
export interface RecordFormProps {
  action: RecordAction;
  /** The record being edited; absent when adding one. */
  id?: string;
  version?: number;
  submitLabel: string;
  /** What the button says while the form is sent; "Saving…" unless the form does something else. */
  pendingText?: string;
  cancelHref?: string;
}

interface FieldSource {
  value(name: string): string;
  errors(name: string): readonly string[] | undefined;
}

const FieldSourceContext = createContext<FieldSource | null>(null);

function useFieldSource(): FieldSource {
  const source = use(FieldSourceContext);
  if (!source) throw new Error("A record field must be inside a RecordForm.");
  return source;
}

export function RecordForm({
  action,
  id,
  version,
  submitLabel,
  pendingText = "Saving…",
  cancelHref,
  initial,
  labels,
  children,
}: RecordFormProps & {
  /** The stored values, shown until the user has typed something. */
  initial: Readonly<Record<string, string>>;
  /** Each field's label, for the error summary's links. */
  labels: Readonly<Record<string, string>>;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const source: FieldSource = {
    value: (name) => valueOf(state, name, ownValue(initial, name)),
    errors: (name) => ownValue(state.fieldErrors ?? {}, name),
  };
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} labels={labels} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <FieldSourceContext value={source}>{children}</FieldSourceContext>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText={pendingText}>{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}

interface RecordFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
}

export interface Choice {
  value: string;
  label: string;
}

/** A choice from a list, the first option (value "") saying what choosing nothing means. */
export function ChoiceField({ name, label, hint, none, choices }: RecordFieldProps & { none: string; choices: readonly Choice[] }) {
  const { value, errors } = useFieldSource();
  return (
    <Field name={name} label={label} hint={hint} errors={errors(name)}>
      {(control) => (
        // React applies a select's defaultValue only on mount; the key remounts it with the value sent back.
        <select key={value(name)} {...control} defaultValue={value(name)} className={selectClass}>
          <option value="">{none}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The bill a record belongs to. */
export function BillField({ bills, hint, none = "Choose a bill" }: { bills: readonly BillOption[]; hint?: ReactNode; none?: string }) {
  return <ChoiceField name="billId" label="Bill" hint={hint} none={none} choices={bills.map((bill) => ({ value: bill.id, label: bill.label }))} />;
}

const inputs = {
  text: { type: "text", className: inputClass },
  short: { type: "text", className: sizedInputClass.short },
  number: { type: "text", inputMode: "numeric", className: sizedInputClass.number },
  date: { type: "date", className: sizedInputClass.date },
  url: { type: "url", inputMode: "url", spellCheck: false, className: inputClass },
} as const;

export function InputField({ name, label, hint, kind = "text" }: RecordFieldProps & { kind?: keyof typeof inputs }) {
  const { value, errors } = useFieldSource();
  return (
    <Field name={name} label={label} hint={hint} errors={errors(name)}>
      {(control) => <input {...control} {...inputs[kind]} defaultValue={value(name)} />}
    </Field>
  );
}

export function TextAreaField({ name, label, hint, rows = 3 }: RecordFieldProps & { rows?: number }) {
  const { value, errors } = useFieldSource();
  return (
    <Field name={name} label={label} hint={hint} errors={errors(name)}>
      {(control) => <textarea {...control} rows={rows} defaultValue={value(name)} className={textareaClass} />}
    </Field>
  );
}

/** A file to upload. Browsers never refill a file input, so after an error the file is chosen again. */
export function FileField({ name, label, hint, accept }: RecordFieldProps & { accept: string }) {
  const { errors } = useFieldSource();
  return (
    <Field name={name} label={label} hint={hint} errors={errors(name)}>
      {(control) => <input {...control} type="file" accept={accept} className={fileInputClass} />}
    </Field>
  );
}

/** One yes-or-no choice, sent as "yes" when ticked; its label beside the box, as GOV.UK's checkboxes. */
export function CheckboxField({ name, label, hint }: RecordFieldProps) {
  const { value, errors } = useFieldSource();
  const id = fieldId(name);
  const fieldErrors = errors(name);
  const hasErrors = !!fieldErrors?.length;
  return (
    <div className={`mt-6 ${hasErrors ? "border-l-4 border-error pl-4" : ""}`}>
      {hasErrors ? <ErrorMessage id={`${id}-error`} errors={fieldErrors} /> : null}
      <div className="mt-2 flex gap-3">
        {/* Remounted with the value sent back, as React sets defaultChecked only on mount. */}
        <input
          key={value(name)}
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          defaultChecked={value(name) === "yes"}
          aria-describedby={describedBy(name, !!hint, hasErrors)}
          className={checkboxClass}
        />
        <label htmlFor={id}>
          <span className="font-bold">{label}</span>
          {hint ? (
            <span id={`${id}-hint`} className="block text-muted">
              {hint}
            </span>
          ) : null}
        </label>
      </div>
    </div>
  );
}

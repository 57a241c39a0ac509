import Link from "next/link";

import { legislatures } from "@/lib/legislation/process";
import type { ParamProblem } from "@/lib/legislation/public-params";

// Fields of the public pages' GET forms (filters, search, "as of" day): a label, an optional
// hint and the problem with the value given, tied to the control for screen readers.

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  problems?: readonly ParamProblem[];
  className?: string;
}

const controlStyle =
  "mt-1 block w-full min-h-11 border-2 border-ink bg-surface px-2 py-1.5 text-base text-ink aria-invalid:border-error";

function describedBy(name: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ name, label, hint, error }: { name: string; label: string; hint?: string; error?: string }) {
  return (
    <>
      <label htmlFor={name} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mt-1 font-bold text-error">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  name,
  label,
  hint,
  problems,
  className,
  type = "text",
  defaultValue,
  maxLength,
}: FieldProps & { type?: "text" | "search" | "date"; defaultValue?: string; maxLength?: number }) {
  const error = problems?.find((problem) => problem.field === name)?.message;
  return (
    <div className={className}>
      <Label name={name} label={label} hint={hint} error={error} />
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        className={controlStyle}
      />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  problems,
  className,
  options,
  defaultValue,
}: FieldProps & { options: readonly { value: string; label: string }[]; defaultValue?: string }) {
  const error = problems?.find((problem) => problem.field === name)?.message;
  return (
    <div className={className}>
      <Label name={name} label={label} hint={hint} error={error} />
      <select
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        className={controlStyle}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The form's submit button; GET forms need no JavaScript. */
export function SubmitButton({ children }: { children: string }) {
  return (
    <button
      type="submit"
      className="min-h-11 cursor-pointer bg-link px-4 py-2 font-bold text-surface shadow-[0_3px_0_var(--ink)] hover:underline active:translate-y-0.5 active:shadow-none"
    >
      {children}
    </button>
  );
}

/** Every legislature the tracker models, or all of them: the board's and the timeline's filter. */
export function LegislatureField({ defaultValue, problems }: { defaultValue?: string; problems: readonly ParamProblem[] }) {
  return (
    <SelectField
      name="jurisdiction"
      label="Legislature"
      defaultValue={defaultValue}
      problems={problems}
      options={[{ value: "", label: "All legislatures" }, ...legislatures.map((model) => ({ value: model.code, label: model.name }))]}
    />
  );
}

/** A filter form's button, and the way back to the unfiltered page once a filter is on. */
export function FilterActions({ submitLabel, clearHref, filtered }: { submitLabel: string; clearHref: string; filtered: boolean }) {
  return (
    <div className="mt-5 flex flex-wrap items-center gap-x-6 gap-y-3">
      <SubmitButton>{submitLabel}</SubmitButton>
      {filtered ? <Link href={clearHref}>Clear filters</Link> : null}
    </div>
  );
}

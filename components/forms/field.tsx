import type { ReactNode } from "react";

// One way to lay out a form control: label, hint, error and the control, wired together with
// aria-describedby and aria-invalid so screen readers announce the hint and the error.

export interface ControlProps {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

export function fieldId(name: string): string {
  return `field-${name}`;
}

export function describedBy(name: string, hint: boolean, errors: boolean): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : null, errors ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function ErrorMessage({ id, errors }: { id: string; errors: readonly string[] }) {
  return (
    <p id={id} className="mt-1 font-bold text-error">
      {errors.map((error) => (
        <span key={error} className="block">
          <span className="sr-only">Error: </span>
          {error}
        </span>
      ))}
    </p>
  );
}

export function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId(name);
  const hasErrors = !!errors?.length;
  return (
    <div className={`mt-6 ${hasErrors ? "border-l-4 border-error pl-4" : ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 max-w-2xl text-muted">
          {hint}
        </p>
      ) : null}
      {hasErrors ? <ErrorMessage id={`${id}-error`} errors={errors} /> : null}
      <div className="mt-2">
        {children({
          id,
          name,
          "aria-describedby": describedBy(name, !!hint, hasErrors),
          ...(hasErrors ? { "aria-invalid": true as const } : {}),
        })}
      </div>
    </div>
  );
}

/** A group of radios or checkboxes under one question: a fieldset whose legend is the label. */
export function Fieldset({
  name,
  legend,
  hint,
  errors,
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  children: ReactNode;
}) {
  const id = fieldId(name);
  const hasErrors = !!errors?.length;
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy(name, !!hint, hasErrors)}
      className={`mt-6 ${hasErrors ? "border-l-4 border-error pl-4" : ""}`}
    >
      <legend className="font-bold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 max-w-2xl text-muted">
          {hint}
        </p>
      ) : null}
      {hasErrors ? <ErrorMessage id={`${id}-error`} errors={errors} /> : null}
      <div className="mt-2 space-y-2">{children}</div>
    </fieldset>
  );
}

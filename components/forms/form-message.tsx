"use client";

import { useEffect, useRef, type ReactNode } from "react";

import type { FormState } from "@/lib/form-state";
import { ownValue } from "@/lib/lookup";

import { fieldId } from "./field";

// The message at the top of a form. Errors get GOV.UK's error summary: role="alert", focused
// when it appears (with JavaScript), with a link to each field that needs attention.

export function FormMessage({ state, labels = {} }: { state: FormState; labels?: Record<string, string> }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  if (state.status === "error") {
    const fields = Object.entries(state.fieldErrors ?? {});
    return (
      <div ref={summary} role="alert" tabIndex={-1} className="mt-6 max-w-3xl border-4 border-error p-4">
        <h2 className="text-xl font-bold">There is a problem</h2>
        {state.message ? <p className="mt-2">{state.message}</p> : null}
        {fields.length ? (
          <ul className="mt-2 list-none space-y-1">
            {fields.map(([name, errors]) => (
              <li key={name}>
                <a href={`#${fieldId(name)}`} className="font-bold text-error visited:text-error">
                  {ownValue(labels, name) ? `${ownValue(labels, name)}: ` : ""}
                  {errors[0]}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (state.status === "success" && state.message) return <Notice>{state.message}</Notice>;
  return null;
}

/** A success banner, e.g. "Bill saved" after a redirect. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="mt-6 max-w-3xl border-4 border-success p-4">
      <p className="font-bold">{children}</p>
    </div>
  );
}

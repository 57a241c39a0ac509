"use client";

import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";

import { buttonStyles } from "@/components/alerts/button-styles";
import type { SubscribeFormState } from "@/lib/alerts/form-state";
import { ALL_BILLS } from "@/lib/alerts/choices";
import { ownValue } from "@/lib/lookup";

// The sign-up form. It works without JavaScript (a plain POST to the server action, answered
// with the same page and the errors); with JavaScript it stays on the page and moves focus to
// the error summary, as the GOV.UK Design System does.

type Action = (state: SubscribeFormState, formData: FormData) => Promise<SubscribeFormState>;

const inputClass = "mt-2 block w-full max-w-md border-2 border-ink bg-surface p-2 text-base text-ink";

function ErrorText({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 font-bold text-error">
      <span className="sr-only">Error: </span>
      {messages.join(" ")}
    </p>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`mt-8 px-4 py-2 text-lg ${buttonStyles.primary}`}
    >
      {pending ? "Sending…" : "Send me a confirmation email"}
    </button>
  );
}

export function SubscribeForm({
  action,
  bills,
  initialState,
}: {
  action: Action;
  bills: readonly { slug: string; shortTitle: string }[];
  initialState: SubscribeFormState;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const summary = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors;
  const hasErrors = state.message !== null;

  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [state, hasErrors]);

  const fieldLinks: { field: string; href: string }[] = [
    { field: "email", href: "#email" },
    { field: "bill", href: "#bill" },
    { field: "frequency", href: "#frequency-immediate" },
  ];

  return (
    <form action={formAction} noValidate className="mt-8">
      {hasErrors ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="error-summary-title"
          className="mb-8 border-4 border-error p-4 focus:outline-none"
        >
          <h2 id="error-summary-title" className="text-xl font-bold">
            There is a problem
          </h2>
          <p className="mt-2">{state.message}</p>
          <ul className="mt-2 list-none space-y-1">
            {fieldLinks.flatMap(({ field, href }) =>
              (ownValue(errors, field) ?? []).map((message) => (
                <li key={`${field}-${message}`}>
                  <a href={href} className="font-bold text-error">
                    {message}
                  </a>
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}

      <div className={errors.email ? "border-l-4 border-error pl-4" : undefined}>
        <label htmlFor="email" className="block text-lg font-bold">
          Email address
        </label>
        <p id="email-hint" className="text-muted">
          We use it only to send these alerts. It is never published or shared.
        </p>
        <ErrorText id="email-error" messages={errors.email} />
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-hint email-error" : "email-hint"}
          className={inputClass}
        />
      </div>

      <div className={`mt-6 ${errors.bill ? "border-l-4 border-error pl-4" : ""}`}>
        <label htmlFor="bill" className="block text-lg font-bold">
          Which bills
        </label>
        <ErrorText id="bill-error" messages={errors.bill} />
        <select
          id="bill"
          name="bill"
          defaultValue={state.values.bill}
          aria-invalid={errors.bill ? true : undefined}
          aria-describedby={errors.bill ? "bill-error" : undefined}
          className={inputClass}
        >
          <option value={ALL_BILLS}>Every bill on the tracker</option>
          {bills.map((bill) => (
            <option key={bill.slug} value={bill.slug}>
              {bill.shortTitle}
            </option>
          ))}
        </select>
      </div>

      <fieldset
        className={`mt-6 ${errors.frequency ? "border-l-4 border-error pl-4" : ""}`}
        aria-describedby={errors.frequency ? "frequency-error" : undefined}
      >
        <legend className="text-lg font-bold">How often</legend>
        <ErrorText id="frequency-error" messages={errors.frequency} />
        {[
          { value: "immediate", label: "Each time the status or the text changes", hint: "One email per change, usually within a minute." },
          { value: "daily", label: "A daily summary", hint: "At most one email a day, only on days with changes." },
        ].map((option) => (
          <div key={option.value} className="mt-3 flex items-start gap-3">
            <input
              id={`frequency-${option.value}`}
              type="radio"
              name="frequency"
              value={option.value}
              defaultChecked={state.values.frequency === option.value}
              aria-describedby={`frequency-${option.value}-hint`}
              className="mt-1 h-6 w-6 shrink-0 accent-ink"
            />
            <div>
              <label htmlFor={`frequency-${option.value}`} className="font-bold">
                {option.label}
              </label>
              <p id={`frequency-${option.value}-hint`} className="text-muted">
                {option.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>

      <SubmitButton />
    </form>
  );
}

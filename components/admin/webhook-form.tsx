"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";

import { buttonStyles } from "@/components/alerts/button-styles";
import type { WebhookFormState } from "@/lib/alerts/admin-forms";

// Registering a webhook. The secret is shown once after saving, to be copied into the
// receiver's configuration; leaving the field empty has a strong one made.

type Action = (state: WebhookFormState, formData: FormData) => Promise<WebhookFormState>;

const inputClass = "mt-2 block w-full max-w-xl border-2 border-ink bg-surface p-2 text-base text-ink";

function Errors({ id, messages }: { id: string; messages: string[] | undefined }) {
  return messages?.length ? (
    <p id={id} className="mt-1 font-bold text-error">
      <span className="sr-only">Error: </span>
      {messages.join(" ")}
    </p>
  ) : null;
}

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`mt-6 px-4 py-2 ${buttonStyles.primary}`}
    >
      {pending ? "Saving…" : "Add webhook"}
    </button>
  );
}

export function WebhookForm({ action, initialState }: { action: Action; initialState: WebhookFormState }) {
  const [state, formAction] = useActionState(action, initialState);
  const errors = state.fieldErrors;
  return (
    <>
      {state.created ? (
        <div role="status" className="mt-6 border-l-4 border-enacted-fg bg-enacted-bg p-4 text-enacted-fg">
          <p className="font-bold">Webhook added for {state.created.url}.</p>
          <p className="mt-2">Give the receiver this secret to check signatures. Copy it now: it is not shown again.</p>
          <p className="mt-2 break-all font-mono">{state.created.secret}</p>
        </div>
      ) : null}
      <form action={formAction} className="mt-6" noValidate>
        {state.message ? (
          <p role="alert" className="mb-4 font-bold text-error">
            {state.message}
          </p>
        ) : null}
        <label htmlFor="webhook-url" className="block font-bold">
          Address that receives the events
        </label>
        <Errors id="webhook-url-error" messages={errors.url} />
        <input
          id="webhook-url"
          name="url"
          type="url"
          defaultValue={state.values.url}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={errors.url ? "webhook-url-error" : undefined}
          className={inputClass}
        />
        <label htmlFor="webhook-description" className="mt-4 block font-bold">
          Description (optional)
        </label>
        <p id="webhook-description-hint" className="text-muted">
          Whose system it is, so others know whom to ask.
        </p>
        <Errors id="webhook-description-error" messages={errors.description} />
        <input
          id="webhook-description"
          name="description"
          defaultValue={state.values.description}
          aria-describedby={errors.description ? "webhook-description-hint webhook-description-error" : "webhook-description-hint"}
          className={inputClass}
        />
        <label htmlFor="webhook-secret" className="mt-4 block font-bold">
          Secret (optional)
        </label>
        <p id="webhook-secret-hint" className="text-muted">
          Leave empty to have one made. To use your own, it must look like whsec_ followed by base64.
        </p>
        <Errors id="webhook-secret-error" messages={errors.secret} />
        <input
          id="webhook-secret"
          name="secret"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.secret ? true : undefined}
          aria-describedby={errors.secret ? "webhook-secret-hint webhook-secret-error" : "webhook-secret-hint"}
          className={`${inputClass} font-mono`}
        />
        <Submit />
      </form>
    </>
  );
}

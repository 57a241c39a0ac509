"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";

import { buttonStyles } from "@/components/alerts/button-styles";
import type { NoticeState } from "@/lib/alerts/admin-forms";

// A one-button form (switch off, delete, resend) that says what happened next to the button.
// Works without JavaScript too: the server action's answer is rendered with the page.

type Action = (state: NoticeState, formData: FormData) => Promise<NoticeState>;

function Button({ label, tone }: { label: string; tone: keyof typeof buttonStyles }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`px-3 py-1 ${buttonStyles[tone]}`}
    >
      {label}
    </button>
  );
}

export function NoticeForm({
  action,
  fields,
  label,
  tone = "secondary",
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  tone?: keyof typeof buttonStyles;
}) {
  const [state, formAction] = useActionState(action, { kind: null, message: "" });
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button label={label} tone={tone} />
      <p role="status" className={`mt-1 text-sm ${state.kind === "error" ? "font-bold text-error" : ""}`}>
        {state.message}
      </p>
    </form>
  );
}

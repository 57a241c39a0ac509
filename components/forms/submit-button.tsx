"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

import { buttonClasses, type ButtonVariant } from "./styles";

// Shows "pending" only after a short delay, so a fast save does not flicker; aria-disabled
// (not disabled) keeps the button focusable and announced while the form is being sent.

const SPIN_DELAY_MS = 400;

export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  name,
  value,
  formNoValidate = true,
}: {
  children: ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  formNoValidate?: boolean;
}) {
  const { pending, data } = useFormStatus();
  // Several buttons can share a form (Save / Preview): only the one that was pressed says so.
  const pressed = pending && (!name || data?.get(name) === value);
  const [delayPassed, setDelayPassed] = useState(false);
  useEffect(() => {
    if (!pressed) return;
    const timer = setTimeout(() => setDelayPassed(true), SPIN_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setDelayPassed(false);
    };
  }, [pressed]);
  const showPending = pressed && delayPassed;

  return (
    <button
      type="submit"
      name={name}
      value={value}
      // The server validates; the browser's own bubbles would hide our messages.
      formNoValidate={formNoValidate}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={buttonClasses[variant]}
    >
      {showPending ? (pendingText ?? "Please wait…") : children}
    </button>
  );
}

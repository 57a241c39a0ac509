"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState } from "@/lib/form-state";

import { acceptInviteAction } from "./actions";

export function AcceptInviteForm({ token }: { token: string }) {
  const [state, action] = useActionState(acceptInviteAction, idleState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} label="Choose a password" />
      <div className="mt-8">
        <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
      </div>
    </form>
  );
}

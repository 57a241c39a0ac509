"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState } from "@/lib/form-state";

import { completeResetAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(completeResetAction, idleState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} />
      <div className="mt-8">
        <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
      </div>
    </form>
  );
}

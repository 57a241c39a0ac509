import type { Metadata } from "next";

import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { SuggestionAlertsForm } from "@/components/admin/suggestion-alerts-form";
import { Notice } from "@/components/forms/form-message";
import { roleLabels } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { wantsSuggestionAlerts } from "@/lib/source-watch/queries";

import { changePasswordAction, suggestionAlertsAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser({ allowPasswordChange: true });
  const notice = (await searchParams).notice;
  const changed = notice === "changed";
  const alerts = await wantsSuggestionAlerts(db, actor.id);
  return (
    <>
      <h1 className="text-4xl font-bold">Your account</h1>
      <p className="mt-4 text-lg">
        {actor.email}, {roleLabels[actor.role].toLowerCase()}.
      </p>
      {changed ? <Notice>Your password is changed. Any other browser signed in as you has been signed out.</Notice> : null}
      {actor.mustChangePassword ? (
        <div role="alert" className="mt-6 max-w-3xl border-l-8 border-error bg-panel p-4">
          <p className="font-bold">Choose a new password before you continue.</p>
          <p className="mt-1">You signed in with a one-time password. Replace it with one only you know.</p>
        </div>
      ) : null}
      <h2 className="mt-10 text-2xl font-bold">Change your password</h2>
      <p className="mt-2 max-w-2xl">Other browsers signed in as you will be signed out.</p>
      <ChangePasswordForm action={changePasswordAction} email={actor.email} />
      {actor.mustChangePassword ? null : (
        <>
          <h2 className="mt-10 text-2xl font-bold">E-mail about the inbox</h2>
          {notice === "alerts-on" || notice === "alerts-off" ? (
            <Notice>{notice === "alerts-on" ? "You will get an e-mail when new suggestions arrive." : "You will get no more e-mails about suggestions."}</Notice>
          ) : null}
          <SuggestionAlertsForm action={suggestionAlertsAction} checked={alerts} />
        </>
      )}
    </>
  );
}

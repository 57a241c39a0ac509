import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Notice } from "@/components/forms/form-message";
import { currentActor, hasEndedSession } from "@/lib/auth/session";
import { sessionEndedNotice } from "@/lib/auth/sessions";
import { sameSitePath } from "@/lib/http/redirect-target";
import { ownValue } from "@/lib/lookup";

import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const notices: Record<string, string> = {
  ready: "Your account is ready. Sign in with the password you chose.",
  reset: "Your new password is set. Sign in with it.",
  "signed-out": "You have signed out.",
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Coming back here after signing in would be a loop.
  const callbackUrl = sameSitePath(first(params.callbackUrl), { avoid: ["/login"] });
  if (await currentActor()) redirect(callbackUrl);
  // A browser whose session ended is sent here with its cookie still set: say why.
  const notice = ownValue(notices, first(params.notice)) ?? ((await hasEndedSession()) ? sessionEndedNotice() : undefined);
  return (
    <>
      <h1 className="text-4xl font-bold">Sign in</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      {!notice && first(params.callbackUrl) ? <p className="mt-4 text-lg">Sign in to continue to the back office.</p> : null}
      <SignInForm callbackUrl={callbackUrl} email={first(params.email) ?? ""} />
      <p className="mt-8 max-w-xl">
        Forgotten your password? Ask an administrator of this site for a reset link. For security, this page does not say
        whether an email address has an account.
      </p>
    </>
  );
}

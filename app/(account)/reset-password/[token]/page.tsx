import type { Metadata } from "next";

import { findUsableToken } from "@/lib/auth/queries";
import { db } from "@/lib/db/client";

import { ResetPasswordForm } from "./reset-password-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await findUsableToken(db, "password_reset", token);
  if (!reset) {
    return (
      <>
        <h1 className="text-4xl font-bold">This reset link cannot be used</h1>
        <p className="mt-4 max-w-2xl text-lg">It has expired or has already been used. Ask an administrator for a new one.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-4xl font-bold">Choose a new password</h1>
      <p className="mt-4 max-w-2xl text-lg">
        For <strong>{reset.email}</strong>. Once it is set, sign in with it.
      </p>
      <ResetPasswordForm token={token} />
    </>
  );
}

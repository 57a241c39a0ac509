import type { Metadata } from "next";
import Link from "next/link";

import { findUsableToken } from "@/lib/auth/queries";
import { db } from "@/lib/db/client";

import { AcceptInviteForm } from "./accept-invite-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Accept your invitation", robots: { index: false }, referrer: "no-referrer" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findUsableToken(db, "invite", token);
  if (!invite) {
    return (
      <>
        <h1 className="text-4xl font-bold">This invite link cannot be used</h1>
        <p className="mt-4 max-w-2xl text-lg">
          It has expired or has already been used. Ask the administrator who invited you for a new link. If you already set a
          password, <Link href="/login">sign in</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-4xl font-bold">Accept your invitation</h1>
      <p className="mt-4 max-w-2xl text-lg">
        You have been invited to keep the tracker up to date, as {invite.role === "admin" ? "an administrator" : "an editor"}.
        Your account will be <strong>{invite.email}</strong>.
      </p>
      <AcceptInviteForm token={token} />
    </>
  );
}

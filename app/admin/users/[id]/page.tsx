import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DateTime } from "@/components/admin/time";
import { AccessForm, ResetPasswordForm, RoleForm } from "@/components/admin/user-forms";
import { Notice } from "@/components/forms/form-message";
import { roleLabels } from "@/lib/auth/policy";
import { getUser } from "@/lib/auth/queries";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ownValue } from "@/lib/lookup";

import { accessAction, changeRoleAction, resetPasswordAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage a user" };

const notices: Record<string, string> = {
  role: "Role changed. They have been signed out and get the new role when they sign in again.",
  deactivated: "Account deactivated. They have been signed out and cannot sign in.",
  reactivated: "Account reactivated. They can sign in again with their password.",
};

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:user:any");
  const { id } = await params;
  const user = await getUser(db, id);
  if (!user) notFound();
  const notice = ownValue(notices, String((await searchParams).notice ?? ""));
  const self = user.id === actor.id;

  return (
    <>
      <p className="text-lg text-muted">
        <Link href="/admin/users">Users</Link>
      </p>
      <h1 className="mt-1 break-words text-4xl font-bold">{user.email}</h1>
      <p className="mt-3">
        {roleLabels[user.role]} · {user.active ? "Active" : "Deactivated"} · account created <DateTime iso={user.createdAt.toISOString()} /> ·{" "}
        <Link href={`/admin/audit?entityId=${user.id}`}>Their audit trail</Link>
      </p>
      {notice ? <Notice>{notice}</Notice> : null}

      <section aria-labelledby="role-heading" className="mt-10 max-w-3xl">
        <h2 id="role-heading" className="text-2xl font-bold">
          Role
        </h2>
        <RoleForm key={user.role} action={changeRoleAction} userId={user.id} role={user.role} />
      </section>

      <section aria-labelledby="access-heading" className="mt-10 max-w-3xl">
        <h2 id="access-heading" className="text-2xl font-bold">
          Access
        </h2>
        {self ? (
          <p className="mt-2">You cannot deactivate your own account. Ask another administrator.</p>
        ) : (
          <>
            <p className="mt-2">
              {user.active
                ? "Deactivating signs them out at once and stops them signing in. Their past work stays, credited to them."
                : "Reactivating lets them sign in again with their existing password."}
            </p>
            <AccessForm key={String(user.active)} action={accessAction} userId={user.id} active={user.active} />
          </>
        )}
      </section>

      {user.active ? (
        <section aria-labelledby="reset-heading" className="mt-10 max-w-3xl">
          <h2 id="reset-heading" className="text-2xl font-bold">
            Password
          </h2>
          <p className="mt-2">
            Resetting signs them out everywhere and stops their current password working. You get a link, valid for 24 hours, for
            them to choose a new one.
          </p>
          <ResetPasswordForm action={resetPasswordAction} userId={user.id} />
        </section>
      ) : null}
    </>
  );
}

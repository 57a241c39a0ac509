import type { Metadata } from "next";
import Link from "next/link";

import { InviteForm } from "@/components/admin/invite-form";
import { NoticeForm } from "@/components/admin/notice-form";
import { SuccessBanner } from "@/components/admin/success-banner";
import { SignInFailures } from "@/components/admin/sign-in-failures";
import { TableRegion, tdClass, thClass } from "@/components/admin/table-region";
import { DateTime } from "@/components/admin/time";
import { roleLabels } from "@/lib/auth/policy";
import { listPendingInvites, listRepeatedSignInFailures, listUsers } from "@/lib/auth/queries";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

import { inviteAction, revokeInviteAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("read:user:any");
  const [users, invites, failures, search] = await Promise.all([listUsers(db), listPendingInvites(db), listRepeatedSignInFailures(db), searchParams]);
  const revoked = search.notice === "revoked";
  return (
    <>
      <h1 className="text-4xl font-bold">Users</h1>
      {revoked ? <SuccessBanner>The invitation is revoked: its link no longer works.</SuccessBanner> : null}
      <p className="mt-4 max-w-2xl text-lg">Editors keep bills up to date; administrators also manage users and read the audit log.</p>
      <TableRegion label="Users">
        <table className="w-full min-w-[36rem] border-collapse">
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                Email address
              </th>
              <th scope="col" className={thClass}>
                Role
              </th>
              <th scope="col" className={thClass}>
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td className={tdClass}>
                  <Link href={`/admin/users/${user.id}`}>{user.email}</Link>
                  {user.id === actor.id ? " (you)" : ""}
                </td>
                <td className={tdClass}>{roleLabels[user.role]}</td>
                <td className={tdClass}>
                  {!user.active ? "Deactivated" : !user.hasPassword ? "Waiting for a new password" : user.mustChangePassword ? "Must change password" : "Active"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>

      {invites.length ? (
        <section aria-labelledby="invites-heading" className="mt-10">
          <h2 id="invites-heading" className="text-2xl font-bold">
            Invitations not yet accepted
          </h2>
          <ul className="mt-4 max-w-3xl border-t border-rule">
            {invites.map((invite) => (
              <li key={invite.email} className="flex flex-wrap items-center justify-between gap-4 border-b border-rule py-3">
                <p>
                  {invite.email} ({roleLabels[invite.role ?? "editor"]}), expires <DateTime iso={invite.expiresAt.toISOString()} />
                  {invite.invitedBy ? `, invited by ${invite.invitedBy}` : ""}
                </p>
                <NoticeForm action={revokeInviteAction} fields={{ email: invite.email }} label={`Revoke the invitation to ${invite.email}`} tone="warning" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <SignInFailures rows={failures} />

      <section aria-labelledby="invite-heading" className="mt-10 max-w-4xl bg-panel p-4 sm:p-6">
        <h2 id="invite-heading" className="text-2xl font-bold">
          Invite someone
        </h2>
        <p className="mt-2 max-w-2xl">You get a link to send them. It works once and expires in 7 days; inviting the same address again replaces it.</p>
        <InviteForm action={inviteAction} />
      </section>
    </>
  );
}

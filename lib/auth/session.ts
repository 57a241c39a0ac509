import "server-only";

import { redirect } from "next/navigation";

// PLACEHOLDER on the issue-7 (open data) branch only, so that the admin pages for webhooks and
// deliveries build. The back office branch provides the real requireUser(); when merging, keep
// that one and delete this file. Until then nobody can sign in, so admin pages send readers to
// the sign-in page.

export interface SessionUser {
  id: string;
  role: "admin" | "editor";
  email: string;
}

export async function requireUser(): Promise<SessionUser> {
  redirect("/login");
}

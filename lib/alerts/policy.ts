import { can as roleCan, type Permission, type Role } from "@/lib/auth/policy";

// Alerts commands take the signed-in user as `actor` and check one explicit permission from
// the back office's role table (lib/auth/policy.ts), like every other command.

export interface Actor {
  id: string;
  role: Role;
}

export type AlertsPermission = Extract<Permission, "manage:webhook:any" | "read:delivery:any" | "resend:delivery:any">;

export function can(actor: Actor | null | undefined, permission: AlertsPermission): boolean {
  return !!actor && roleCan(actor.role, permission);
}
